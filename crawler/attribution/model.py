"""The scored decision: one logistic score over clue features, one noisy-OR per outlet, one threshold.

The weights ship as data (``model.json``). They are set by hand, feature by feature, from what real credits
and distractors share. Fitted weights lose to them in leave-one-set-out cross-validation over the development
sets (``python -m newscrawl_kit.labelled.train_attribution --cv``; 2026-12-02, sets tuning (11 layouts)/A/B/D,
seeds 1 2: hand-set 1114/1180 = 0.944 credited and 0/348 uncredited copies given an outlet, pooled over the
four left-out sets; the best fitted variant 0.877 and 31/348): a fit learns the sets' quirks. The threshold and the
confidence calibration are recomputed reproducibly by the same command without ``--cv``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from crawler.attribution.features import FEATURES, INDEX

MODEL_PATH = Path(__file__).with_name("model.json")


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]
    threshold: float  # an outlet whose combined probability is below this is not named: unknown, not a guess
    top_clues: int = 4  # clues of one outlet combined (a list repeating a name must not add up to a credit)
    calibration: tuple[float, float] = (1.0, 0.0)  # Platt scaling of the combined probability: a, b
    meta: dict[str, object] = field(default_factory=dict)

    def probability(self, features: Iterable[tuple[str, float]]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features if name in INDEX)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def combine(self, clues: Iterable[tuple[str, float]]) -> float:
        """Independent kinds of clue reinforce each other: 1 - prod(1 - p) over the best clue of each kind
        (a list naming an outlet five times is one clue, not five)."""
        best: dict[str, float] = {}
        for kind, p in clues:
            best[kind] = max(best.get(kind, 0.0), p)
        miss = 1.0
        for p in sorted(best.values(), reverse=True)[: self.top_clues]:
            miss *= 1.0 - min(max(p, 0.0), 0.999)
        return 1.0 - miss

    def confidence(self, combined: float) -> float:
        """The calibrated probability that the named outlet is right (Platt scaling of the raw score)."""
        a, b = self.calibration
        p = min(max(combined, 1e-6), 1 - 1e-6)
        z = a * math.log(p / (1 - p)) + b
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Model:
        weights = {str(k): float(v) for k, v in dict(data["weights"]).items()}  # type: ignore[call-overload]
        weights = {k: v for k, v in weights.items() if k in INDEX}  # a feature retired since training
        cal = data.get("calibration") or (1.0, 0.0)
        return cls(
            bias=float(data["bias"]),  # type: ignore[arg-type]
            weights=weights,
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
            top_clues=int(data.get("top_clues", 4)),  # type: ignore[call-overload]
            calibration=(float(cal[0]), float(cal[1])),  # type: ignore[index]
            meta=dict(data.get("meta") or {}),  # type: ignore[call-overload]
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "bias": round(self.bias, 6),
            "weights": {k: round(self.weights.get(k, 0.0), 6) for k in FEATURES},
            "threshold": round(self.threshold, 4),
            "top_clues": self.top_clues,
            "calibration": [round(x, 6) for x in self.calibration],
            "meta": self.meta,
        }


@cache
def default_model() -> Model:
    return Model.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
