"""Segmentation on tricky news text: exact offsets, and claims cut where a reader would cut them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.pipeline.segment import segment
from service.pipeline.types import Article, ClaimKind


def claims_of(text: str) -> list[tuple[str, ClaimKind]]:
    claims = segment(Article(id="t", source="T", text=text), 0)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return [(c.text, c.kind) for c in claims]


def texts_of(text: str) -> list[str]:
    return [t for t, _ in claims_of(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "The U.S. and the U.K. agreed on Friday. Sir Keir Starmer said Mr. Trump was right."
    assert texts_of(text) == ["The U.S. and the U.K. agreed on Friday.", "Sir Keir Starmer said Mr. Trump was right."]


def test_abbreviation_at_sentence_end_splits_before_a_new_sentence() -> None:
    text = "The talks ended at 5 p.m. He left for Kyiv. Aid came from the U.S. The total was $2bn."
    assert texts_of(text) == ["The talks ended at 5 p.m.", "He left for Kyiv.", "Aid came from the U.S.",
                              "The total was $2bn."]


def test_amounts_with_decimals_and_conversions_stay_whole() -> None:
    text = "He announced a £2.26 billion ($2.8 billion) loan. It funds weapons."
    assert texts_of(text) == ["He announced a £2.26 billion ($2.8 billion) loan.", "It funds weapons."]


def test_quotation_with_inner_full_stops_is_one_claim() -> None:
    text = 'Zelensky stated, "I thank the people. We are happy to have such partners." He then left.'
    claims = claims_of(text)
    assert claims[0] == ('Zelensky stated, "I thank the people. We are happy to have such partners."', ClaimKind.QUOTE)
    assert claims[1][0] == "He then left."


def test_curly_quotes_and_em_dashes() -> None:
    text = "“This is not a moment for more talk. It’s time to act,” Starmer said. The war—now three years old—goes on."
    assert texts_of(text) == ["“This is not a moment for more talk. It’s time to act,” Starmer said.",
                              "The war—now three years old—goes on."]


def test_dateline_is_not_part_of_the_claim() -> None:
    assert texts_of("LONDON -- Ukrainian President Volodymyr Zelenskyy expressed gratitude.") == [
        "Ukrainian President Volodymyr Zelenskyy expressed gratitude."
    ]
    assert texts_of("London, UK — Starmer announced a plan on March 2.") == ["Starmer announced a plan on March 2."]
    assert texts_of("OSLO, June 22 (Reuters) - Norway's central bank raised its policy rate on Thursday.") == [
        "Norway's central bank raised its policy rate on Thursday."
    ]
    assert texts_of("Ruiz, 34 — a nurse — said the ward was full.") == ["Ruiz, 34 — a nurse — said the ward was full."]
    assert texts_of("CONSTANȚA, Romania (AP) - Nineteen sailors are stranded.") == ["Nineteen sailors are stranded."]
    assert texts_of("SÃO PAULO - Prices rose.") == ["Prices rose."]
    assert texts_of("Prices, analysts said - and they said it twice - rose.") == [
        "Prices, analysts said - and they said it twice - rose."
    ]


def test_photo_caption_and_credit_are_typed() -> None:
    text = (
        "Demonstrators rally downtown to show their support for Ukraine on March 2, 2025, in Chicago, Illinois. "
        "Scott Olson/Getty Images\n\nRussian officials celebrated the disastrous meeting.\n\n"
        "ABC News' Patrick Reevell contributed to this article."
    )
    kinds = claims_of(text)
    assert [k for _, k in kinds] == [ClaimKind.CAPTION, ClaimKind.CREDIT, ClaimKind.CLAIM, ClaimKind.CREDIT]
    assert kinds[1][0] == "Scott Olson/Getty Images"


def test_headlines_are_typed() -> None:
    kinds = claims_of("UK Pledges Additional Support to Ukraine\nOn Saturday, Zelensky met Starmer.")
    assert kinds == [("UK Pledges Additional Support to Ukraine", ClaimKind.HEADLINE),
                     ("On Saturday, Zelensky met Starmer.", ClaimKind.CLAIM)]


def test_compound_sentence_carries_two_claims() -> None:
    text = ("Trump challenged Zelensky to reach a deal with Russia or risk losing US backing, "
            "while Vance characterized Zelensky's approach as ungrateful.")
    assert texts_of(text) == ["Trump challenged Zelensky to reach a deal with Russia or risk losing US backing",
                              "Vance characterized Zelensky's approach as ungrateful."]


def test_a_second_named_subject_a_reported_statement_and_a_relative_clause_are_claims_of_their_own() -> None:
    two_subjects = ("French President Emmanuel Macron reiterated the necessity of ongoing support for Ukraine, and "
                    "German Chancellor Olaf Scholz emphasized that the desire for peace is most fervently felt.")
    reported = ("UK Prime Minister Keir Starmer reaffirmed Britain's unwavering support for Ukraine, stating that "
                "the UK would stand with the country for as long as it may take.")
    relative = ("Starmer, who welcomed a visibly shaken Zelensky on March 1 with a warm hug, stated that Britain "
                "and France would form a coalition of the willing.")
    assert texts_of(two_subjects) == [
        "French President Emmanuel Macron reiterated the necessity of ongoing support for Ukraine",
        "German Chancellor Olaf Scholz emphasized that the desire for peace is most fervently felt.",
    ]
    assert texts_of(reported) == [
        "UK Prime Minister Keir Starmer reaffirmed Britain's unwavering support for Ukraine",
        "stating that the UK would stand with the country for as long as it may take.",
    ]
    assert texts_of(relative) == [
        "Starmer, who welcomed a visibly shaken Zelensky on March 1 with a warm hug",
        "stated that Britain and France would form a coalition of the willing.",
    ]
    trailing = "As Zelensky continued his UK visit, he met with Keir Starmer, who assured him of the UK's support."
    assert texts_of(trailing) == ["As Zelensky continued his UK visit, he met with Keir Starmer",
                                  "who assured him of the UK's support."]
    claims = segment(Article(id="t", source="T", text=trailing), 0)
    assert [c.sentence for c in claims] == [(0, len(trailing))] * 2


def test_a_whole_sentence_has_no_separate_sentence_span() -> None:
    text = "Zelensky met Starmer in London on Saturday."
    assert [c.sentence for c in segment(Article(id="t", source="T", text=text), 0)] == [None]


def test_a_list_of_names_or_a_short_relative_clause_stays_whole() -> None:
    listing = "The summit was attended by leaders from France, Germany, and Italy, and Poland sent its premier."
    serial = "Leaders of European nations including the UK, France, and Italy attended the summit in London."
    short = "Zelensky, who arrived on Saturday, met Starmer."
    not_speech = "The missile struck a crowded market in the city, claiming the lives of twelve civilians."
    for text in (listing, serial, short, not_speech):
        assert texts_of(text) == [text]


def test_the_event_a_sentence_is_dated_by_is_a_claim_of_its_own() -> None:
    text = ("The announcement came at a summit in London, just two days after Ukrainian President Volodymyr "
            "Zelensky clashed with US President Donald Trump. Zelensky urged the United States to stand firm "
            "following a heated exchange with Trump at the White House on Friday.")
    assert texts_of(text) == [
        "The announcement came at a summit in London",
        "just two days after Ukrainian President Volodymyr Zelensky clashed with US President Donald Trump.",
        "Zelensky urged the United States to stand firm",
        "following a heated exchange with Trump at the White House on Friday.",
    ]


def test_a_short_or_continued_after_phrase_stays_in_its_sentence() -> None:
    short = "Trump said he had spoken to Putin on Monday and would call him after the talks as well."
    continued = ("Rutte said he had spoken with Zelensky twice following the White House meeting, reminding "
                 "him to respect what Trump has done.")
    gerund = "Starmer and Macron embraced on the steps of the building after holding a long meeting in London."
    for text in (short, continued, gerund):
        assert texts_of(text) == [text]


def test_crlf_emoji_and_leading_whitespace_keep_offsets() -> None:
    text = "  \r\nKyiv 🇺🇦 said no. The U.S. agreed 👍.\r\n\r\nNew paragraph here.\r\n"
    assert texts_of(text) == ["Kyiv 🇺🇦 said no.", "The U.S. agreed 👍.", "New paragraph here."]


def test_metadata_prefix_is_skipped() -> None:
    assert texts_of(" date 2025-03-03 The Ukrainian president said no peace is possible.") == [
        "The Ukrainian president said no peace is possible."
    ]


_NEWSY = st.lists(
    st.sampled_from(list("abc XYZ.,;:!?\"'“”‘’—–-()\r\n\t0123456789£$%🇺🇦é") + ["U.S.", "p.m.", " -- ", "LONDON"]),
    max_size=200,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NEWSY)
def test_offsets_always_point_at_the_claim_text(text: str) -> None:
    claims = segment(Article(id="t", source="T", text=text), 0)
    previous_end = 0
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.text == claim.text.strip() and claim.text
        assert claim.start >= previous_end
        previous_end = claim.end


def test_lower_cased_copy_still_splits_into_sentences() -> None:
    text = "Do we need pills? Not according to sarah flower. ` the cleaner your diet, the better.' she told mailonline."
    assert texts_of(text) == ["Do we need pills?", "Not according to sarah flower.",
                              "` the cleaner your diet, the better.' she told mailonline."]


def test_a_single_unpunctuated_line_is_a_claim_not_a_headline() -> None:
    assert claims_of("A man is playing a guitar") == [("A man is playing a guitar", ClaimKind.CLAIM)]


def test_a_reported_sentence_ending_on_a_date_is_body_text_not_a_caption() -> None:
    text = "The minister said that 500 troops would be sent to the border by March 4, 2025."
    assert claims_of(text) == [(text, ClaimKind.CLAIM)]
    caption = "Demonstrators rally downtown to show their support for Ukraine on March 2, 2025."
    assert claims_of(caption + "\nBody text follows here.") [0] == (caption, ClaimKind.CAPTION)
    referring = ("As he landed in the UK, Zelensky released a series of posts on X about the conflict with Russia, "
                 "which began with the invasion on February 24, 2022.")
    assert claims_of(referring + "\nBody text follows here.")[0] == (referring, ClaimKind.CLAIM)
    stressed = ("Zelensky stressed that nobody wanted peace more than Ukraine, while acknowledging Trump's wish to "
                "end the war, which began with Russia's full-scale invasion on February 22, 2022.")
    assert {kind for _, kind in claims_of(stressed)} == {ClaimKind.CLAIM}


def test_a_direct_quotation_stays_with_whoever_is_quoted() -> None:
    text = ('His likely successor, Friedrich Merz, reinforced Germany’s commitment, stating, "We must never confuse '
            'aggressor and victim in this terrible war."')
    assert texts_of(text) == [text]


def test_a_relative_clause_that_quotes_stays_with_the_name_it_hangs_on() -> None:
    text = ('Kyiv drew backing from other leaders, among them Irish Prime Minister Micheal Martin, who declared on '
            'social media: "There is an aggressor. There is a victim."')
    assert texts_of(text) == [text]


def test_unclosed_quotes_and_long_lines_segment_quickly() -> None:
    import time

    started = time.perf_counter()
    segment(Article(id="t", source="T", text="“" * 100_000), 0)
    segment(Article(id="t", source="T", text="a b c d e f; " * 7_000), 0)
    assert time.perf_counter() - started < 2.0


def test_a_caption_with_a_relative_clause_is_still_a_caption() -> None:
    caption = "Firefighters battle a blaze that engulfed a logistics warehouse in Osaka, Japan, on July 4, 2024."
    assert claims_of(caption + "\nBody text follows here.")[0] == (caption, ClaimKind.CAPTION)
