"""Names for screen readers: every control the keyboard reaches says what it is.

Qt names a field after the label whose buddy it is (``QFormLayout.addRow`` sets that buddy).
Qt looks for that label only beside the field, though: a field wrapped with its inline-error
label (``InlineErrors.wrap``) sits in a container away from its label, and a row of several
fields makes the container itself the buddy; :func:`name_fields` passes the label's words on,
and points the label's buddy (its Alt+letter shortcut) at the first of them. Areas without a
label (a page's scroll area, a tab widget) are named after the page with :func:`name_unlabelled`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QTabWidget,
    QWidget,
)


def label_words(label: QLabel) -> str:
    """A label's text as a name: no mnemonic ampersand, no trailing colon, no markup."""
    text = label.text()
    if label.textFormat() != Qt.TextFormat.PlainText and "<" in text:
        from PySide6.QtGui import QTextDocumentFragment

        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def _focusable_inside(container: QWidget) -> list[QWidget]:
    found = []
    for widget in container.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or widget.objectName().startswith("qt_"):
            continue  # a spin box's or combo box's own line edit: the box carries the name
        found.append(widget)
    return found


def name_fields(root: QWidget) -> int:
    """Give every unnamed control inside a labelled container its label's words (with the
    unit or part it shows, when a container holds several); returns how many were named."""
    named = 0
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        words = label_words(label)
        if buddy.focusPolicy() != Qt.FocusPolicy.NoFocus:
            # Qt finds a buddy's label only beside it: a field wrapped with its error label
            # (the label outside the wrapper) would go unnamed.
            if words and not buddy.accessibleName() and label.parentWidget() is not buddy.parentWidget():
                buddy.setAccessibleName(words)
                named += 1
            continue
        inside = _focusable_inside(buddy)
        if not words or not inside:
            continue
        for widget in inside:
            if not widget.accessibleName():
                widget.setAccessibleName(words if len(inside) == 1 else
                                         f"{words}: {_part(widget) or inside.index(widget) + 1}")
                named += 1
        label.setBuddy(inside[0])
    return named


def _part(widget: QWidget) -> str:
    """What one of several fields in a row is: its tooltip or placeholder, if it has one."""
    placeholder = getattr(widget, "placeholderText", None)
    text = placeholder() if callable(placeholder) else ""
    return str(text or widget.toolTip() or "")


def name_unlabelled(root: QWidget, name: str) -> None:
    """Name the scroll areas and tab widgets inside ``root`` (a page) after it, when nothing
    else names them."""
    for widget in (root, *root.findChildren(QWidget)):
        if isinstance(widget, (QAbstractScrollArea, QTabWidget)) and not widget.accessibleName():
            widget.setAccessibleName(name)
