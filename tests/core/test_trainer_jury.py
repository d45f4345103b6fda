"""The jury grid's arithmetic, against examples worked out by hand, and the 5-year validity."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from aimm_lab import fmt
from aimm_lab.exam.scoring import ratio
from aimm_lab.trainer.jury import (
    BlockTest,
    JuryError,
    add_years,
    block_validations,
    final_exam,
    jury_result,
    mark20,
    parse_mark,
    q2,
)


def test_weights_are_the_certificates():
    from aimm_lab.trainer.jury import COMPONENTS, FINAL_PARTS

    assert {c.id: c.weight for c in COMPONENTS} == {"continuous": D("0.30"), "social": D("0.10"),
                                                     "tutor": D("0.30"), "final": D("0.30")}
    assert sum(c.weight for c in COMPONENTS) == 1
    assert [(p, m) for p, _, m in FINAL_PARTS] == [("B1", 60), ("B2", 60), ("B3", 60), ("interview", 30)]
    from aimm_lab.scenarios import referential as ref

    assert {c.id: int(c.weight * 100) for c in COMPONENTS} == {
        "continuous": ref.JURY_WEIGHTS["continuous"], "social": ref.JURY_WEIGHTS["social"],
        "tutor": ref.JURY_WEIGHTS["tutor"], "final": ref.JURY_WEIGHTS["exam"]}
    assert ref.EXAM_TEST_MINUTES == 60 and ref.JURY_MINUTES == 30 and ref.BLOCK_VALIDITY_YEARS == 5


def close(a, b) -> bool:
    """Equal to the 20 decimal places the core carries a quotient to (the last one may differ)."""
    return abs(a - b) <= D("1e-19")


def shown(x, places: int = 2) -> str:
    """As the screen, the PDF and the CSV show it (in English, with a decimal point)."""
    return fmt.number(x, "en", places, grouping=False)


def test_example_1_by_hand():
    # Final exam: (2 x 16 + 2 x 9.5 + 2 x 11 + 1 x 13) / 7 = 86 / 7 = 12.285714... shown 12.29
    final = final_exam({"B1": 16, "B2": "9,5", "B3": 11, "interview": 13})
    assert final.mark == ratio(86, 7) and shown(final.mark) == "12.29"
    # 12 x 0.3 + 15 x 0.1 + 14 x 0.3 + (86 / 7) x 0.3 = 3.6 + 1.5 + 4.2 + 3.685714... = 12.985714...
    r = jury_result({"continuous": 12, "social": 15, "tutor": 14}, final)
    assert [shown(ln.points, 3) for ln in r.lines] == ["3.600", "1.500", "4.200", "3.686"]
    assert [ln.out_of for ln in r.lines] == [D(6), D(2), D(6), D(6)]
    # The points shown add up: 3.600 + 1.500 + 4.200 + 3.686 = 12.986, shown total 12.986, result 12.99.
    assert shown(r.result, 3) == "12.986" and shown(r.result) == "12.99"
    assert r.result == ratio(D("90.9"), 7)  # (65.1 + 25.8) / 7, never rounded on the way
    assert r.complete and r.favourable


def test_example_2_by_hand_from_scores():
    # Practical tests scaled to 20, unrounded: 13.5/19 -> 270/19 = 14.2105...; 7/12 -> 35/3 = 11.666...;
    # 5/16 -> 6.25
    b1, b2, b3 = mark20(13.5, 19), mark20(7, 12), mark20(5, 16)
    assert (b1, b2, b3) == (ratio(270, 19), ratio(35, 3), D("6.25"))
    assert (shown(b1), shown(b2), shown(b3)) == ("14.21", "11.67", "6.25")
    # (2 x 270/19 + 2 x 35/3 + 2 x 6.25 + 9.5) / 7 = (1620 + 1330 + 1254) / 57 / 7 = 4204 / 399 = 10.5363...
    final = final_exam({"B1": b1, "B2": b2, "B3": b3, "interview": D("9.5")})
    assert close(final.mark, ratio(4204, 399)) and shown(final.mark) == "10.54"
    # 8.75 x 0.3 + 10 x 0.1 + 11.5 x 0.3 + 0.3 x 4204/399 = 2.625 + 1 + 3.45 + 3.160902... = 10.235902... -> 10.24
    r = jury_result({"continuous": "8,75", "social": "10", "tutor": "11.5"}, final)
    assert shown(r.result, 3) == "10.236" and shown(r.result) == "10.24"


def test_example_3_unfavourable_by_hand():
    # (2 x 8 + 2 x 7 + 2 x 12 + 1 x 6) / 7 = 60 / 7 = 8.5714... shown 8.57
    final = final_exam({"B1": 8, "B2": 7, "B3": 12, "interview": 6})
    assert final.mark == ratio(60, 7) and shown(final.mark) == "8.57"
    # 9 x 0.3 + 12 x 0.1 + 10 x 0.3 + (60/7) x 0.3 = 2.7 + 1.2 + 3 + 2.571428... = 9.471428... -> 9.47
    r = jury_result({"continuous": 9, "social": 12, "tutor": 10}, final)
    assert shown(r.result) == "9.47"
    assert r.favourable is False


def test_marks_are_combined_unrounded_12_42_not_12_41():
    # Three tests out of 18, 12 and 21 points, interview 12:
    # 6.5/18 -> 65/9 = 7.2222... (shown 7.22); 11/12 -> 55/3 = 18.333... (18.33); 12.5/21 -> 250/21 = 11.9047... (11.90)
    parts = {"B1": mark20(6.5, 18), "B2": mark20(11, 12), "B3": mark20(12.5, 21), "interview": 12}
    # Exact: (2 x 65/9 + 2 x 55/3 + 2 x 250/21 + 12) / 7 = (910 + 2310 + 1500 + 756) / 63 / 7 = 5476 / 441
    #        = 12.41723... -> 12.42
    final = final_exam(parts)
    assert close(final.mark, ratio(5476, 441)) and shown(final.mark) == "12.42"
    # Rounding the tests first: (2 x 7.22 + 2 x 18.33 + 2 x 11.90 + 12) / 7 = 86.90 / 7 = 12.4142... -> 12.41
    rounded_first = final_exam({k: (q2(v) if k != "interview" else v) for k, v in parts.items()})
    assert shown(rounded_first.mark) == "12.41"
    # The grid: 12 x 0.3 + 15 x 0.1 + 14 x 0.3 + 0.3 x 5476/441 = 3.6 + 1.5 + 4.2 + 3.725170... = 13.025170...
    r = jury_result({"continuous": 12, "social": 15, "tutor": 14}, final)
    assert [shown(ln.points, 3) for ln in r.lines] == ["3.600", "1.500", "4.200", "3.725"]
    assert shown(r.result, 3) == "13.025" and shown(r.result) == "13.03"
    # (rounded first: 3.6 + 1.5 + 4.2 + 0.3 x 12.41 = 13.023 -> 13.02)
    assert shown(jury_result({"continuous": 12, "social": 15, "tutor": 14}, rounded_first).result) == "13.02"


def test_rounding_is_half_up_not_half_even_and_only_at_display():
    # 10.35 x 0.3 = 3.105 exactly: half-up 3.11 (half-even would give 3.10)
    final = final_exam({"B1": 0, "B2": 0, "B3": 0, "interview": 0})
    r = jury_result({"continuous": "10.35", "social": 0, "tutor": 0}, final)
    assert r.result == D("3.105") and shown(r.result) == "3.11" and fmt.mark(r.result, "fr") == "3,11"
    # 4.01 x 20 / 8 = 10.025 exactly -> 10.03
    assert mark20(4.01, 8) == D("10.025") and shown(mark20(4.01, 8)) == "10.03"
    # A value ending exactly on a half-hundredth, reached through non-terminating steps, stays exact:
    # tests 1/3 -> 20/3 and 2/3 -> 40/3, B3 0, interview 3.05: (40/3 + 80/3 + 0 + 3.05) / 7 = 43.05 / 7 = 6.15;
    # 0.3 x 6.15 = 1.845 -> 1.85 (a result of 1.84499... would show 1.84)
    f = final_exam({"B1": mark20(1, 3), "B2": mark20(2, 3), "B3": 0, "interview": "3.05"})
    assert f.mark == D("6.15")
    r = jury_result({"continuous": 0, "social": 0, "tutor": 0}, f)
    assert r.result == D("1.845") and shown(r.result) == "1.85"


def test_missing_marks_leave_the_result_open_and_say_which():
    final = final_exam({"B1": 12, "B2": None, "B3": 14})
    assert final.mark is None and final.missing == ["B2", "interview"]
    r = jury_result({"continuous": 12, "tutor": ""}, final)
    assert r.result is None and not r.complete and r.favourable is None
    assert r.missing == ["social", "tutor", "final"]
    assert mark20(5, 0) is None and mark20(None, 10) is None


@pytest.mark.parametrize(("text", "want"), [("12,5", D("12.50")), (" 15/20", D("15.00")), ("0", D("0.00")),
                                             ("20", D("20.00")), ("", None), (None, None), (7, D("7.00"))])
def test_marks_typed_by_the_trainer(text, want):
    assert parse_mark(text) == want


@pytest.mark.parametrize("bad", ["21", "-1", "abc", "12.345", "nan", "inf", "1e3"])
def test_marks_refused_with_a_clear_message(bad):
    with pytest.raises(JuryError) as e:
        parse_mark(bad)
    assert e.value.message("fr") and e.value.message("en") and bad in e.value.message("fr")


def test_five_year_validity():
    v = block_validations([BlockTest("B2", D("12.5"), date(2026, 3, 14), "a1")])["B2"]
    assert v.valid_until == date(2031, 3, 13)
    assert v.is_valid(date(2031, 3, 13)) and not v.is_valid(date(2031, 3, 14))
    assert add_years(date(2024, 2, 29), 5) == date(2029, 3, 1)
    leap = block_validations([BlockTest("B1", D(10), date(2024, 2, 29), "x")])["B1"]
    assert leap.valid_until == date(2029, 2, 28)


def test_validated_means_at_least_ten_and_the_latest_counts():
    tests = [
        BlockTest("B1", D("9.99"), date(2026, 1, 10), "b1-low"),
        BlockTest("B2", D("10.00"), date(2026, 1, 10), "b2-first"),
        BlockTest("B2", D("15"), date(2026, 6, 2), "b2-later"),
        BlockTest("B2", D("4"), date(2026, 9, 1), "b2-failed-after"),
    ]
    v = block_validations(tests)
    assert "B1" not in v and "B3" not in v
    assert v["B2"].attempt_id == "b2-later" and v["B2"].validated_on == date(2026, 6, 2)
    assert v["B2"].valid_until == date(2031, 6, 1)


def test_a_computed_part_out_of_range_is_refused_not_combined():
    # A computed mark (Decimal, kept unrounded) is checked for its range like a typed one.
    assert final_exam({"B1": D("19.99999"), "B2": 20, "B3": 20, "interview": 20}).mark is not None
    for bad in (D("20.000001"), D("-0.5"), D("NaN")):
        with pytest.raises(JuryError):
            final_exam({"B1": bad, "B2": 20, "B3": 20, "interview": 20})
