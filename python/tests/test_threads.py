"""One Parser shared by eight threads gives what one thread gives."""

import random
import threading
import figparse

TEMPLATES = [
    "The deal was worth {a} million dollars, about €{b} million.",
    "한국 정부는 ₩{a}.{b} trillion 예산을 발표했다 (approximately USD {b} billion).",
    "Prices rose from ${a} to ${b}; under £{a}.",
    "between ${a} and ${b} million 💰, or ({a},{b}0 EUR)",
    "nothing to see here, {a} apples and {b} pears",
    "{a}¢ each, five million won, 3.350 dollars",
    "The plant will cost {a}.{b} trillion won (about USD {b} billion).",
]


def make_texts(n=400, seed=20261122):
    rng = random.Random(seed)
    return [rng.choice(TEMPLATES).format(a=rng.randint(1, 999), b=rng.randint(1, 99))
            for _ in range(n)]


def test_eight_threads_match_one():
    parser = figparse.Parser(locale="en-US")
    texts = make_texts()
    expected = [parser.extract(t) for t in texts]
    assert sum(len(e) for e in expected) > 600  # the texts really have figures
    flat = [f for e in expected for f in e]
    assert {"KRW", "USD", "EUR", "GBP"} <= {f.currency for f in flat}
    assert any(f.equivalent_of is not None for f in flat)
    assert any(f.min is not None for f in flat) and any(f.start != len(f.text) for f in flat)

    barrier = threading.Barrier(8)
    results = [None] * 8
    errors = []

    def work(k):
        order = list(range(len(texts)))
        random.Random(k).shuffle(order)  # each thread its own order
        out = [None] * len(texts)
        try:
            barrier.wait()
            for _ in range(2):
                for i in order:
                    out[i] = parser.extract(texts[i])
        except BaseException as exc:  # reported below
            errors.append(exc)
        results[k] = out

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for k in range(8):
        assert results[k] == expected, f"thread {k} differs"


def test_threads_mixing_calls():
    """extract, parse_money and bytes input at once on one parser."""
    parser = figparse.Parser()
    texts = make_texts(200, seed=7)
    expected = [parser.extract(t, byte_offsets=True) for t in texts]
    money = parser.parse_money("€4.5 billion")
    out = {}

    def work(k):
        got = []
        for i, t in enumerate(texts):
            if (i + k) % 2:
                got.append(parser.extract(t.encode()))
            else:
                got.append(parser.extract(t, byte_offsets=True))
            assert parser.parse_money("€4.5 billion") == money
        out[k] = got

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(out) == list(range(8))
    for k in range(8):
        assert out[k] == expected
