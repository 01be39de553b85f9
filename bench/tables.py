"""The rows and the Markdown table of ``bench/run.py`` (and the machine line of its header)."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass, field


@dataclass
class Row:
    """One line of the results table."""

    case: str
    unit: str
    ours: float | None
    established: float | None
    target: str
    limit: float | None = None  # the ratio must be at most this
    floor: float | None = None
    floor_limit: float | None = None  # ours / floor must be at most this
    ours_limit: float | None = None  # ours itself must be at most this (a count)
    note: str = ""
    samples: dict[str, list[float]] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.established:
            return None
        return self.ours / self.established

    def verdict(self) -> str:
        checks = []
        if self.limit is not None and self.ratio is not None:
            checks.append(self.ratio <= self.limit)
        if self.floor_limit is not None and self.floor and self.ours is not None:
            checks.append(self.ours / self.floor <= self.floor_limit)
        if self.ours_limit is not None and self.ours is not None:
            checks.append(self.ours <= self.ours_limit)
        if not checks:
            return "n/a"
        return "yes" if all(checks) else "**no**"


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.3g} ms" if value < 10 else f"{value:.0f} ms"
    if unit == "count":
        return f"{value:.0f}"
    return f"{value:.1f} {unit}"


def table(rows: list[Row]) -> str:
    lines = [
        "| case | ours | established | ours / established | floor | target | met |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for row in rows:
        ratio = f"{row.ratio:.3f}" if row.ratio is not None else "—"
        floor = "—"
        if row.floor is not None:
            floor = fmt(row.floor, row.unit)
            if row.ours is not None:
                floor += f" (ours = {row.ours / row.floor:.1f}x)"
        lines.append(
            f"| {row.case} | {fmt(row.ours, row.unit)} | {fmt(row.established, row.unit)} | {ratio} | "
            f"{floor} | {row.target} | {row.verdict()} |"
        )
    notes = [f"- {row.case.split(':')[0]}: {row.note}" for row in rows if row.note]
    return "\n".join(lines + (["", *notes] if notes else []))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as info:
            kib = int(next(line.split()[1] for line in info if line.startswith("MemTotal")))
            memory = f", {kib / 2**20:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )
