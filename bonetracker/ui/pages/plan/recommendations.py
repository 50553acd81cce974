"""The "What to do next" part of the plan pane: one card per recommendation, grouped by priority.

Its own module because it is the one part of the pane with state of its own: cards are kept
by recommendation id and reused across refreshes (see :class:`RecommendationList`), which is
what keeps switching patients fast. Every text comes from the domain
:class:`~bonetracker.domain.guidance.Recommendation`; the cards only lay it out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from bonetracker.domain.guidance import Recommendation
from bonetracker.domain.guidance.advice import PRIORITY_GROUPS
from bonetracker.ui.pages.plan.style import (
    PRIORITY_EDGES,
    set_card,
    set_text,
    text_label,
    updates_paused,
)
from bonetracker.ui.widgets.i18n import translate


class RecommendationCard(QFrame):
    """One recommendation: title, detail, why (the person's own data) and where it comes from.

    A card stands for one recommendation id; :meth:`set_rec` shows a new version of it (another
    person's numbers, a new priority) in place, so a refresh does not rebuild the card.
    """

    def __init__(self, rec: Recommendation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rec = rec
        self.setObjectName(f"rec_{rec.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(3)
        self.title = text_label(look="card_title")
        self.category = text_label(look="small_spaced")
        self.detail = text_label(look="body")
        self.reason = text_label(look="reason", name="reason")
        self.source = text_label(look="small", name="source")
        for widget in (self.category, self.title, self.detail, self.reason, self.source):
            layout.addWidget(widget)
        self.set_rec(rec)

    def set_rec(self, rec: Recommendation) -> None:
        """Show ``rec`` (same id) in this card, touching only what changed."""
        self.rec = rec
        set_card(self, "rec", str(rec.priority if rec.priority in PRIORITY_EDGES else 3))
        set_text(self.title, rec.title)
        set_text(self.category, str(rec.category).upper())
        set_text(self.detail, rec.detail)
        set_text(self.reason, translate("plan", "Why: {reason}").format(reason=rec.reason))
        set_text(self.source, translate("plan", "Source: {source}").format(source=rec.source))


GROUPS = PRIORITY_GROUPS  # one grouping for the pane and the report


def _group(rec: Recommendation) -> int:
    return min(max(rec.priority, 1), 3)


def _keys(recs: Sequence[Recommendation]) -> list[tuple[str, int]]:
    """A key per recommendation: its id, and the occurrence should an id ever repeat."""
    seen: dict[str, int] = {}
    keys = []
    for rec in recs:
        seen[rec.id] = seen.get(rec.id, -1) + 1
        keys.append((rec.id, seen[rec.id]))
    return keys


class RecommendationList(QWidget):
    """Recommendations grouped by priority.

    Cards are keyed by recommendation id: when the list changes (another patient, a new entry) a
    card whose id is still there is updated in place and moved to its new position, cards are
    created only for new ids and deleted for ids that are gone. Creating and laying out a card of
    word-wrapped labels is what made every patient switch slow.

    Attributes:
        cards: the cards in the order shown (group by group).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: tuple[Recommendation, ...] | None = None
        self.cards: list[RecommendationCard] = []
        self._by_key: dict[tuple[str, int], RecommendationCard] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.headings: dict[int, QLabel] = {}
        self.boxes: dict[int, QVBoxLayout] = {}
        for priority, title in GROUPS:
            heading = text_label(translate("guidance", title), "heading")
            box = QVBoxLayout()
            box.setSpacing(6)
            outer.addWidget(heading)
            outer.addLayout(box)
            self.headings[priority], self.boxes[priority] = heading, box
        self.nothing = text_label(translate("plan", "Nothing to act on right now. Keep logging so the plan "
                                                    "stays current."), "hint")
        outer.addWidget(self.nothing)

    def set_recommendations(self, recs: Sequence[Recommendation]) -> None:
        recs = tuple(recs)
        if recs == self.shown:
            return  # a refresh that changed nothing keeps the cards (and any text selection)
        self.shown = recs
        keys = _keys(recs)
        with updates_paused(self), self._showing_new_cards_at_once(len(set(keys) - set(self._by_key))):
            self._remove_cards(set(self._by_key) - set(keys))
            self.cards = []
            slots = dict.fromkeys(self.boxes, 0)
            for key, rec in zip(keys, recs, strict=True):
                card = self._by_key.get(key)
                new = card is None
                if card is None:
                    card = self._by_key[key] = RecommendationCard(rec)
                else:
                    card.set_rec(rec)
                self._place(card, _group(rec), slots[_group(rec)])
                if new:
                    # Qt would show a card added to a shown list only on a later turn of the
                    # event loop, after the window may have been painted without it.
                    card.show()
                slots[_group(rec)] += 1
                self.cards.append(card)
            for priority, title in GROUPS:
                set_text(self.headings[priority], f"{translate('guidance', title)} ({slots[priority]})")
                self.headings[priority].setVisible(bool(slots[priority]))
            self.nothing.setVisible(not recs)

    @contextmanager
    def _showing_new_cards_at_once(self, new: int) -> Iterator[None]:
        """Lay the pane out once for all new cards, not once per card.

        Qt shows a widget added to a shown parent on its own, and each such show lays out the
        whole pane again (~10 ms with the heavy patient's cards). Hiding the list while cards are
        added and showing it again shows them all in one pass. Not done while a label of the list
        has the focus (a clicked, selectable text), which hiding would move elsewhere.
        """
        focus = QApplication.focusWidget()
        batch = new > 1 and self.isVisible() and not (focus is not None and self.isAncestorOf(focus))
        if batch:
            self.hide()
        try:
            yield
        finally:
            if batch:
                self.show()

    def _remove_cards(self, keys: set[tuple[str, int]]) -> None:
        """Take the cards of ``keys`` out at once: hidden now, deleted by the event loop."""
        for key in keys:
            card = self._by_key.pop(key)
            for box in self.boxes.values():
                box.removeWidget(card)
            card.hide()
            card.deleteLater()

    def _place(self, card: RecommendationCard, priority: int, index: int) -> None:
        """Put ``card`` at ``index`` of its group's box, moving it only if it is elsewhere."""
        box = self.boxes[priority]
        if box.indexOf(card) == index:
            return
        for other in self.boxes.values():
            if other.indexOf(card) >= 0:
                other.removeWidget(card)
        box.insertWidget(index, card)
