"""Sentence alignment of a source text and its translation.

Same number of sentences: one to one. Otherwise Gale & Church (1993): dynamic programming over
1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 matches, scored by how far the character lengths are from the
ratio expected between the two texts. (Written out here: it is ~50 lines, and the one library
that has it, NLTK, would be a large dependency for it.)
"""

from __future__ import annotations

import math
from collections.abc import Sequence

# Prior probabilities of the match types, from Gale & Church's table.
_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.0099,
    (0, 1): 0.0099,
    (2, 1): 0.089,
    (1, 2): 0.089,
    (2, 2): 0.011,
}
# Variance of the length difference per source character.
_VARIANCE = 6.8


def _cost(source_length: int, target_length: int, ratio: float, prior: float) -> float:
    if source_length == 0 and target_length == 0:
        return 0.0
    mean = (source_length + target_length / ratio) / 2
    delta = (ratio * source_length - target_length) / math.sqrt(_VARIANCE * max(mean, 1e-9))
    # Two-tailed probability of a difference at least this large under the normal model.
    probability = max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12)
    return -math.log(prior) - math.log(probability)


def align(
    source_lengths: Sequence[int], target_lengths: Sequence[int]
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Groups of (source indices, target indices), in order, covering both sides."""
    n, m = len(source_lengths), len(target_lengths)
    if n == m:
        return [((i,), (i,)) for i in range(n)]
    total_source = sum(source_lengths) or 1
    ratio = (sum(target_lengths) or 1) / total_source
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    # Only cells near the diagonal: long documents stay fast (O(n·band), not O(n·m)).
    band = max(20, max(n, m) // 10)
    for i in range(n + 1):
        diagonal = i * m // max(n, 1)
        for j in range(max(0, diagonal - band), min(m, diagonal + band) + 1):
            if i == 0 and j == 0:
                continue
            best, step = inf, None
            for (di, dj), prior in _PRIORS.items():
                if i < di or j < dj or cost[i - di][j - dj] == inf:
                    continue
                value = cost[i - di][j - dj] + _cost(
                    sum(source_lengths[i - di : i]), sum(target_lengths[j - dj : j]), ratio, prior
                )
                if value < best:
                    best, step = value, (di, dj)
            cost[i][j], back[i][j] = best, step
    groups = []
    i, j = n, m
    while i > 0 or j > 0:
        step = back[i][j]
        assert step is not None
        di, dj = step
        groups.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    groups.reverse()
    return groups
