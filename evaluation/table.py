"""Plain-text tables for the terminal."""

from __future__ import annotations

from dataclasses import dataclass

from evaluation.metrics import Count

Cell = str | int | float | Count | None


@dataclass(frozen=True)
class Table:
    """One printed block: a titled table, notes always printed under it, details printed with --verbose."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = ()
    details: tuple[str, ...] = ()


def fmt(value: Cell) -> str:
    """A cell as text: floats to 3 decimals, counts as `hits/total = rate`, missing values as a dash."""
    if value is None:
        return "-"
    if isinstance(value, Count):
        return f"{value.hits}/{value.total} = {fmt(value.rate)}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def render(table: Table, verbose: bool) -> str:
    """The table as aligned text; the first column is left-aligned, the others right-aligned."""
    cells = [list(table.header)] + [[fmt(c) for c in row] for row in table.rows]
    widths = [max(len(row[k]) for row in cells) for k in range(len(table.header))]

    def line(row: list[str]) -> str:
        parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(parts).rstrip()

    rule = "-" * (sum(widths) + 2 * (len(widths) - 1))
    out = [f"== {table.title}", line(cells[0]), rule, *(line(row) for row in cells[1:])]
    out += [f"  {note}" for note in table.notes]
    if verbose:
        out += [f"  {detail}" for detail in table.details]
    return "\n".join(out)


def short(text: str, width: int = 90) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
