"""Mends from the fresh three-outlet stories (tests/data/outlet_stories.json, set "fresh"): "2.3m customers" is
2.3 million of them, as "3.6m euros" is millions of euros (a letter after a figure with no noun it counts still
reads as metres: "the 400m hurdles", "a 10m fall"); the same day-word quoted by two articles published on
different days is the speaker's day, not two dates; "the first strike since 2019" and "the last strike was in
2019" tell one fact from its two ends. From the "reviews" set: "arrived from Wexham Rovers" and "after leaving
Wexham Rovers" tell one move (arriving and leaving one place still conflict); a player who needed four hours "to
defeat the champion" won ("suffered defeat" and "was defeated" still oppose "victory"); closed "until Wednesday"
is reopening on Wednesday. An act the subject of a verb that completes it is done, or planned, as that verb is ("the
sale is expected to close", "the ban took effect"), and "filed a notice of appeal" appealed. Each with the guards a
fresh-eyes review of the code asked for. From the set "fresh2": a time of day ("3am", "10:40 p.m.", "06:42") is a
time, not a count, so "at about 3am" no longer stands for the "Three" of "Three climbers" and hides that
difference from the group; times compare with times, loosely where one is given roughly. Counts of one thing in two
words compare: "1,200 jobs" / "1,500 positions", "three infants" / "two babies", "six fraud charges" / "seven counts
of fraud"."""

from __future__ import annotations

from datetime import date

from service.pipeline.quantities import find_quantities
from service.pipeline.run import Models, compare_articles
from service.pipeline.types import Article
from tests.test_changed_details import dated_kinds_and_words
from tests.test_divergences import THRESHOLDS
from tests.test_threats_reviews_opposites_and_ceilings import found


def amounts(text: str) -> list[tuple[str, float, str]]:
    return [(q.span.text, q.value, q.unit) for q in find_quantities(text)]


def test_a_letter_for_millions_before_what_the_figure_counts() -> None:
    assert amounts("the details of 2.3m customers") == [("2.3m customers", 2_300_000.0, "customer")]
    assert amounts("a loan of 3.6m euros") == [("3.6m euros", 3_600_000.0, "EUR")]
    assert amounts("roughly 410k teachers") == [("410k teachers", 410_000.0, "teacher")]
    assert amounts("details of 2.3m Lumora customers")[0][1] == 2_300_000.0
    assert amounts("She won the 400m hurdles.")[0][1] == 400.0
    assert amounts("He survived a 10m fall.")[0][1] == 10.0
    assert amounts("She jumped 8.95m on Sunday.")[0][1] == 8.95
    assert amounts("The River Severn rose 2m this morning.")[0][1] == 2.0
    assert amounts("Firefighters used 12m ladders.")[0][1] == 12.0
    assert amounts("The women's 100m was won by Li.")[0][1] == 100.0


def test_millions_written_two_ways_agree_and_differing_millions_do_not(models: Models) -> None:
    assert found("Hackers stole the details of 2.3m customers, the company said.",
                 "Hackers stole the details of 2.3 million customers, the company said.", models) == []
    assert [kind for kind, _, _ in found("Hackers stole the details of 2.3m customers, the company said.",
                                         "Hackers stole the details of 3.2 million customers, the company said.",
                                         models)] == ["number"]


def date_kinds(first: str, second: str, models: Models) -> list[str]:
    """Divergence kinds between an article of 10 May 2024 and one of the day after."""
    return [kind for kind, _, _ in dated_kinds_and_words(first, second, models, date(2024, 5, 10), date(2024, 5, 11))]


def test_a_day_word_quoted_alike_by_articles_of_two_days(models: Models) -> None:
    assert date_kinds("\"Today Norland became a spacefaring nation,\" said chief executive Ingrid Solberg.",
                      "Chief executive Ingrid Solberg told the crowd: \"Today Norland became a spacefaring nation.\"",
                      models) == []
    assert date_kinds("\"Yesterday the dam gave way,\" the mayor said.",
                      "\"Yesterday the dam gave way,\" the mayor said on Saturday.", models) == []
    # in the articles' own words, "today" is the day each was published
    assert date_kinds("The company said the rocket would launch today from the west coast.",
                      "The company said the rocket would launch today from the west coast.", models) == ["date"]


def test_the_first_since_a_time_and_the_last_before_it(models: Models) -> None:
    assert found("It will be the first strike on the network since 2019.",
                 "The operator's last strike on the network was in 2019.", models) == []
    assert [kind for kind, _, _ in found("It was the first strike on the network.",
                                         "It was the last strike on the network.", models)] == ["contradiction"]


def test_the_two_ends_of_one_journey(models: Models) -> None:
    assert found("Dunmore arrived from Wexham Rovers in June 2023.",
                 "Dunmore joined in June 2023 after leaving Wexham Rovers.", models) == []
    for arrived, left in (("The president arrived in Kyiv on Monday.", "The president left Kyiv on Monday."),
                          ("Biden arrived from Poland in Kyiv on Monday for talks with Zelensky.",
                           "Biden left Kyiv on Monday after talks with Zelensky."),
                          ("The cruise ship arrived in port early on Monday.",
                           "The cruise ship left the harbour early on Monday.")):
        assert [kind for kind, _, _ in found(arrived, left, models)] == ["contradiction"]


def test_defeating_someone_is_a_victory(models: Models) -> None:
    assert found("The 22-year-old Spaniard sealed victory after three hours and 41 minutes.",
                 "Ruiz, 22, needed three hours and 41 minutes to defeat the defending champion.", models) == []
    for won, lost in (("Ruiz sealed victory after three hours.", "Ruiz suffered defeat after three hours."),
                      ("Ruiz sealed victory after three hours.", "Ruiz was defeated after three hours."),
                      ("Ruiz sealed victory after three hours.", "Sinner defeated Ruiz after three hours."),
                      ("Sinner sealed victory over Alcaraz in four sets.",
                       "Alcaraz needed four sets to defeat Sinner.")):
        assert [kind for kind, _, _ in found(won, lost, models)] == ["contradiction"]


def test_closed_until_the_day_it_reopens(models: Models) -> None:
    for closed in ("The museum said it would remain closed until Wednesday.",
                   "The museum said it would stay closed to visitors until Wednesday."):
        assert found("The museum said it would reopen to visitors on Wednesday.", closed, models) == []
    assert found("The museum said it would reopen on Wednesday after repairs to the roof.",
                 "The museum said it would remain closed until Wednesday.", models) == []
    assert found("The bridge will reopen to traffic on June 12, the council said.",
                 "The bridge will stay closed to traffic until 12 June, the council said.", models) == []
    assert [kind for kind, _, _ in found("The museum said it would reopen on Wednesday.",
                                         "The museum said it would remain closed on Wednesday.", models)] == [
        "contradiction"]
    # the days agree; another pair of opposites in the same claims still conflicts
    assert found("The airport will remain closed until Friday after a sharp rise in flooding, officials said.",
                 "The airport will reopen on Friday after a sharp fall in flooding, officials said.", models) == [
        ("contradiction", "rise", "fall")]


def test_an_act_told_by_the_verb_that_completes_it(models: Models) -> None:
    assert found("Nordvik said it had completed the sale of its Danish fibre unit to Arcadia Infrastructure.",
                 "The sale of its Danish fibre business to Arcadia Infrastructure is expected to close in the fourth "
                 "quarter.", models) == [
        ("status", "had completed the sale",
         "sale of its Danish fibre business to Arcadia Infrastructure is expected to close")]
    assert [kind for kind, _, _ in found(
        "Smartphones will be banned in every state school in Westmarch, the minister announced.",
        "Westmarch's ban on smartphones in state schools took effect this week.", models)] == ["status"]
    assert found("The acquisition of Brightline by Kestrel was completed on Friday.",
                 "Kestrel completed its acquisition of Brightline on Friday.", models) == []
    # the subject's own clause stays out of the evidence
    assert found("Nordvik said it had completed the sale of its Danish fibre unit.",
                 "The sale of Nordvik's Danish fibre unit, which was announced in March after months of talks with "
                 "three rival bidders, is expected to close in the fourth quarter.", models) == [
        ("status", "had completed the sale", "is expected to close")]
    # an act that will not take effect until a time takes effect then; an offer that closes only ends
    assert found("The smartphone ban will not take effect until September, the minister said.",
                 "Smartphones will be banned in state schools from September, the minister said.", models) == []
    assert found("Kestrel offered $45 a share for Brightline on Monday.",
                 "Kestrel's $45-a-share offer for Brightline is expected to close on June 5.", models) == []


def test_a_notice_of_appeal_filed_is_an_appeal(models: Models) -> None:
    assert found("Harvest Foods said it would appeal the decision to the 10th Circuit.",
                 "Harvest Foods has already filed a notice of appeal with the 10th Circuit Court of Appeals.",
                 models) == [("status", "would appeal", "has already filed a notice of appeal")]
    assert found("Harvest Foods has appealed the decision.", "Harvest Foods has filed a notice of appeal.",
                 models) == []



def test_a_time_of_day_is_no_count() -> None:
    assert amounts("rescued at about 3am on Sunday") == [("3am", 180.0, "clock")]
    assert amounts("broke out at 10:40 p.m. on Monday") == [("10:40 p.m", 1360.0, "clock")]
    assert amounts("lifted off at 06:42 local time") == [("06:42", 402.0, "clock")]
    assert amounts("at 12am") == [("12am", 0.0, "clock")]
    assert amounts("a 3:1 ratio")[0][1] == 3.0
    assert amounts("won in 2:09:31") == [("2:09:31", 7771.0, "second")]


def test_times_of_day_compared_as_times(models: Models) -> None:
    assert found("The fire broke out at about 9.40pm on Monday, the fire service said.",
                 "The fire broke out at about 10.40pm on Monday, the fire service said.", models) == [
        ("date", "9.40pm", "10.40pm")]  # the contract's kind for times of day
    assert found("The rocket lifted off shortly before 7am on Friday from Skerra.",
                 "The rocket lifted off at 06:42 local time on Friday from Skerra.", models) == []
    assert found("The rocket lifted off at 6:42 a.m. on Friday from Skerra.",
                 "The rocket lifted off at 06:42 local time on Friday from Skerra.", models) == []


def test_a_time_of_day_does_not_hide_a_count_from_the_group(models: Models) -> None:
    articles = [
        Article("fg", "A", "Two climbers were winched to safety from Ben Corrach at about 3am on Sunday after spending "
                "hours trapped on a ledge in severe weather. One of the men suffered a broken ankle.",
                date(2024, 1, 15)),
        Article("ncr", "B", "Two climbers have been rescued from Ben Corrach in the early hours of this morning. The "
                "men, both from Leeds, set off on Saturday morning.", date(2024, 1, 14)),
        Article("nc", "C", "Three climbers were rescued from Ben Corrach on 14 January after becoming stranded in "
                "gales. One of the climbers suffered a broken ankle.", date(2024, 1, 15)),
    ]
    comparison = compare_articles(articles, models, THRESHOLDS)
    claims = comparison.claims
    counts = {(claims[p.a].article_id, claims[p.b].article_id): [(d.a, d.b) for d in p.divergences]
              for g in comparison.groups for p in g.pairs if "climbers were" in claims[p.b].text}
    assert counts[("fg", "nc")] == counts[("ncr", "nc")] == [("Two climbers", "Three climbers")]


def test_counts_of_one_thing_in_two_words(models: Models) -> None:
    for first, second in (
        ("The company would cut about 1,200 jobs by the end of 2026, the chief executive said.",
         "The group plans to eliminate roughly 1,500 positions by the end of 2026, the chief executive said."),
        ("Three infants in Ohio were hospitalized after being fed the formula.",
         "Two babies who drank the formula were treated in hospital in Ohio."),
        ("He was convicted of six fraud charges on Tuesday.",
         "Jurors convicted him on Tuesday of seven counts of fraud."),
    ):
        assert [kind for kind, _, _ in found(first, second, models)] == ["number"]
    assert found("The company would cut about 1,200 jobs by the end of 2026.",
                 "The company would cut about 1,200 positions by the end of 2026.", models) == []
