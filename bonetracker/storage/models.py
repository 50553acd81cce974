"""SQLAlchemy 2 typed models: the schema Alembic owns. ORM objects never leave storage."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so Alembic batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Optimistic-concurrency counter: a save that carries a stale version is refused."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")


def patient_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True, nullable=False)


class PatientRow(Versioned, Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    sex: Mapped[str] = mapped_column(String(10))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    height_cm: Mapped[float | None] = mapped_column(Float)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    menopause: Mapped[str | None] = mapped_column(String(10))
    menopause_year: Mapped[int | None] = mapped_column(Integer)
    smoking: Mapped[str] = mapped_column(String(10), default="never", server_default="never")
    smoking_quit_date: Mapped[dt.date | None] = mapped_column(Date)
    prior_fragility_fracture: Mapped[bool] = mapped_column(Boolean, default=False)
    parental_hip_fracture: Mapped[bool] = mapped_column(Boolean, default=False)
    glucocorticoids: Mapped[bool] = mapped_column(Boolean, default=False)
    rheumatoid_arthritis: Mapped[bool] = mapped_column(Boolean, default=False)
    secondary_osteoporosis: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    impact_cleared: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    hyperparathyroidism: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())

    scans: Mapped[list[DxaScanRow]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", passive_deletes=True
    )


class WeightEntryRow(Base):
    __tablename__ = "weight_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    date: Mapped[dt.date] = mapped_column(Date)
    weight_kg: Mapped[float] = mapped_column(Float)


class DxaScanRow(Versioned, Base):
    __tablename__ = "dxa_scans"
    __table_args__ = (UniqueConstraint("patient_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    device: Mapped[str | None] = mapped_column(String(20))
    facility: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # provenance (0012): which visits may be compared
    model: Mapped[str] = mapped_column(String(100), default="", server_default="")
    machine_id: Mapped[str] = mapped_column(String(100), default="", server_default="")
    software: Mapped[str] = mapped_column(String(100), default="", server_default="")
    hip_side: Mapped[str | None] = mapped_column(String(10))
    vertebrae: Mapped[str] = mapped_column(String(10), default="L1-L4", server_default="L1-L4")

    patient: Mapped[PatientRow] = relationship(back_populates="scans")
    measurements: Mapped[list[SiteMeasurementRow]] = relationship(
        back_populates="scan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SiteMeasurementRow.id",
    )


class SiteMeasurementRow(Base):
    __tablename__ = "site_measurements"
    __table_args__ = (
        UniqueConstraint("scan_id", "site"),
        CheckConstraint("bmd IS NOT NULL OR t_score IS NOT NULL", name="bmd_or_t"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_id: Mapped[int] = mapped_column(
        ForeignKey("dxa_scans.id", ondelete="CASCADE"), index=True
    )
    site: Mapped[str] = mapped_column(String(20))
    bmd: Mapped[float | None] = mapped_column(Float)
    t_score: Mapped[float | None] = mapped_column(Float)
    z_score: Mapped[float | None] = mapped_column(Float)

    scan: Mapped[DxaScanRow] = relationship(back_populates="measurements")


class ActivityRow(Base):
    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str] = mapped_column(String(20))
    met: Mapped[float] = mapped_column(Float)
    spinal_flexion: Mapped[bool] = mapped_column(Boolean, default=False)
    high_impact: Mapped[bool] = mapped_column(Boolean, default=False)
    custom: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkoutRow(Versioned, Base):
    __tablename__ = "workouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL")
    )
    # Name and category are kept on the row so history survives catalogue edits.
    activity: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(20))
    minutes: Mapped[int] = mapped_column(Integer)
    effort: Mapped[int | None] = mapped_column(Integer)
    sets: Mapped[int | None] = mapped_column(Integer)
    reps: Mapped[int | None] = mapped_column(Integer)
    load_kg: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The prescribed item this workout was logged against (its programme version's own item).
    programme_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_items.id", ondelete="SET NULL"), index=True
    )


class ProgrammeRow(Versioned, Base):
    """A named exercise programme a physiotherapist prescribed for one patient."""

    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    name: Mapped[str] = mapped_column(String(200))
    created: Mapped[dt.date] = mapped_column(Date)
    template: Mapped[str] = mapped_column(String(40), default="")

    versions: Mapped[list[ProgrammeVersionRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ProgrammeVersionRow.number"
    )


class ProgrammeVersionRow(Base):
    """The prescription in force from ``start``; a change makes a new version, never an edit."""

    __tablename__ = "programme_versions"
    __table_args__ = (UniqueConstraint("programme_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    start: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[ProgrammeItemRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ProgrammeItemRow.position"
    )


class ProgrammeItemRow(Base):
    __tablename__ = "programme_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("programme_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(20))
    dose_kind: Mapped[str] = mapped_column(String(20))
    per_week: Mapped[int] = mapped_column(Integer)
    sets: Mapped[int | None] = mapped_column(Integer)
    reps: Mapped[int | None] = mapped_column(Integer)
    load_kg: Mapped[float | None] = mapped_column(Float)
    minutes: Mapped[int | None] = mapped_column(Integer)
    impacts: Mapped[int | None] = mapped_column(Integer)
    balance_level: Mapped[int | None] = mapped_column(Integer)
    progression: Mapped[str] = mapped_column(String(20), default="none")
    rep_floor: Mapped[int] = mapped_column(Integer, default=8)
    rep_ceiling: Mapped[int] = mapped_column(Integer, default=12)
    cues: Mapped[str] = mapped_column(Text, default="")
    supervised: Mapped[bool] = mapped_column(Boolean, default=False)
    cleared: Mapped[bool] = mapped_column(Boolean, default=False)


class ProgressionDismissalRow(Base):
    """A progression proposal the physiotherapist dismissed, so it is not offered again."""

    __tablename__ = "progression_dismissals"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("programme_items.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(100))


class FoodRow(Base):
    __tablename__ = "foods"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(10), default="usda")
    source_id: Mapped[str | None] = mapped_column(String(20), unique=True)
    description: Mapped[str] = mapped_column(String(300))
    food_group: Mapped[str] = mapped_column(String(100), default="")
    kcal: Mapped[float | None] = mapped_column(Float)
    protein_g: Mapped[float | None] = mapped_column(Float)
    calcium_mg: Mapped[float | None] = mapped_column(Float)
    vitamin_d_iu: Mapped[float | None] = mapped_column(Float)
    magnesium_mg: Mapped[float | None] = mapped_column(Float)
    potassium_mg: Mapped[float | None] = mapped_column(Float)
    vitamin_k_mcg: Mapped[float | None] = mapped_column(Float)

    portions: Mapped[list[FoodPortionRow]] = relationship(
        back_populates="food", cascade="all, delete-orphan", passive_deletes=True
    )


class FoodPortionRow(Base):
    __tablename__ = "food_portions"

    id: Mapped[int] = mapped_column(primary_key=True)
    food_id: Mapped[int] = mapped_column(ForeignKey("foods.id", ondelete="CASCADE"), index=True)
    amount: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(200))
    grams: Mapped[float] = mapped_column(Float)

    food: Mapped[FoodRow] = relationship(back_populates="portions")


class FavouriteFoodRow(Base):
    __tablename__ = "favourite_foods"

    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), primary_key=True
    )
    food_id: Mapped[int] = mapped_column(
        ForeignKey("foods.id", ondelete="CASCADE"), primary_key=True
    )


class MealRow(Versioned, Base):
    __tablename__ = "meals"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(12))

    items: Mapped[list[MealItemRow]] = relationship(
        back_populates="meal",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MealItemRow.id",
    )


class MealItemRow(Base):
    """A logged food with nutrient amounts frozen at logging time."""

    __tablename__ = "meal_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meal_id: Mapped[int] = mapped_column(ForeignKey("meals.id", ondelete="CASCADE"), index=True)
    food_id: Mapped[int | None] = mapped_column(ForeignKey("foods.id", ondelete="SET NULL"))
    food_description: Mapped[str] = mapped_column(String(300))
    amount: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(200))
    grams: Mapped[float] = mapped_column(Float)
    kcal: Mapped[float | None] = mapped_column(Float)
    protein_g: Mapped[float | None] = mapped_column(Float)
    calcium_mg: Mapped[float | None] = mapped_column(Float)
    vitamin_d_iu: Mapped[float | None] = mapped_column(Float)
    magnesium_mg: Mapped[float | None] = mapped_column(Float)
    potassium_mg: Mapped[float | None] = mapped_column(Float)
    vitamin_k_mcg: Mapped[float | None] = mapped_column(Float)

    meal: Mapped[MealRow] = relationship(back_populates="items")


class LifestyleRow(Versioned, Base):
    __tablename__ = "lifestyle_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    cigarettes: Mapped[int | None] = mapped_column(Integer)
    alcohol_units: Mapped[float | None] = mapped_column(Float)
    stress: Mapped[int | None] = mapped_column(Integer)
    daylight_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class MedicationRow(Versioned, Base):
    __tablename__ = "medication_courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    drug: Mapped[str] = mapped_column(String(100))
    drug_class: Mapped[str] = mapped_column(String(20))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    dose: Mapped[str] = mapped_column(String(200), default="")
    daily_amount: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
    # NULL: the course follows no schedule ("other" drugs); 0011 gave older courses their
    # drug's default. weekday 0-6 (Monday first) for weekly courses, NULL: the start's weekday.
    schedule: Mapped[str | None] = mapped_column(String(12))
    weekday: Mapped[int | None] = mapped_column(Integer)


class DoseRow(Versioned, Base):
    """One dose of a course taken (or given at the clinic) or marked missed; one per day."""

    __tablename__ = "doses"
    # One entry per course and day; the same index finds a course's latest doses (the patient
    # list asks for thousands of courses' last dose at once).
    __table_args__ = (UniqueConstraint("course_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    course_id: Mapped[int] = mapped_column(
        ForeignKey("medication_courses.id", ondelete="CASCADE"), nullable=False
    )
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="taken")
    time: Mapped[str | None] = mapped_column(String(5))
    at_clinic: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class FractureRow(Versioned, Base):
    __tablename__ = "fractures"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    date: Mapped[dt.date] = mapped_column(Date)
    site: Mapped[str] = mapped_column(String(20))
    low_trauma: Mapped[bool] = mapped_column(Boolean, default=True)


class FallRow(Versioned, Base):
    __tablename__ = "falls"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    date: Mapped[dt.date] = mapped_column(Date)
    injury: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class MeasureRow(Versioned, Base):
    """A height or function test as entered (value in the unit typed)."""

    __tablename__ = "measures"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")


class LabResultRow(Versioned, Base):
    """A lab result as reported, with the lab's reference range in the same unit if given."""

    __tablename__ = "lab_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    test: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    range_low: Mapped[float | None] = mapped_column(Float)
    range_high: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class FraxResultRow(Versioned, Base):
    """A FRAX result typed from the official calculator, with the worksheet it was run on."""

    __tablename__ = "frax_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = patient_fk()
    date: Mapped[dt.date] = mapped_column(Date)
    model: Mapped[str] = mapped_column(String(20))
    with_bmd: Mapped[bool] = mapped_column(Boolean, default=False)
    major: Mapped[float] = mapped_column(Float)
    hip: Mapped[float] = mapped_column(Float)
    category: Mapped[str | None] = mapped_column(String(20))
    inputs: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class SettingRow(Base):
    """Clinic-wide settings that every workstation must agree on (e.g. facility LSC values).

    Values are JSON text, never pickles; per-user UI state lives in QSettings instead.
    """

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UserRow(Base):
    """A workstation user in clinic mode; the password is kept only as a scrypt hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditRow(Base):
    """One append-only entry of who changed what, when and from where.

    No foreign keys: the history of a deleted patient or record must outlive it. UPDATE and
    DELETE are refused by triggers (migration 0010) on both backends.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(100))
    workstation: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    patient_id: Mapped[int | None] = mapped_column(Integer, index=True)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
