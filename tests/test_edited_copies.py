"""An article against an edited copy of itself, with the real models: one change each, found with its kind, and
faithful rewordings left alone."""

from __future__ import annotations

from service.pipeline.run import Models
from tests.test_divergences import divergences_between

SUCCESSOR = ("Germany's outgoing Chancellor Olaf Scholz echoed the sentiment. His likely successor, Friedrich Merz, "
             "reinforced Germany's commitment, stating that Europe must stand by Ukraine.")


def test_a_presumed_successor_stated_as_the_successor_is_a_status_divergence(models: Models) -> None:
    found = divergences_between(SUCCESSOR, SUCCESSOR.replace("His likely successor", "His successor"), models)
    assert [(d.kind, d.a, d.b) for d in found] == [("status", "likely successor", "successor")]
    assert divergences_between(SUCCESSOR, SUCCESSOR.replace("His likely successor", "His probable successor"),
                               models) == []
