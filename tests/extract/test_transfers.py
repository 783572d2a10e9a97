"""Goods, money, forces, access and pacts between parties: sentences → relations, and must-nots."""

from __future__ import annotations

import pytest

from tests.extract.tables import assert_not_read, assert_read

# text, subject, predicate, object
CASES = [
    # money handed over to the party of a "to" phrase
    (
        "Norway transferred $20 million to the Palestinian Authority.",
        "Norway",
        "providesAidTo",
        "Palestinian Authority",
    ),
    ("The World Bank lent $2 billion to Pakistan.", "World Bank", "providesAidTo", "Pakistan"),
    # the recipient in a "for" phrase; money named by its currency
    ("Japan sent $5 million in emergency aid for Turkey.", "Japan", "providesAidTo", "Turkey"),
    ("Qatar has funneled millions of dollars to Hamas.", "Qatar", "providesAidTo", "Hamas"),
    ("Iran smuggled weapons to the Houthis.", "Iran", "providesAidTo", "Houthis"),
    (
        "The European Union allocated 50 million euros to Somalia.",
        "European Union",
        "providesAidTo",
        "Somalia",
    ),
    # a promise of money is the intent to give it
    ("Japan pledged $10 million to UNICEF.", "Japan", "expressesIntentToCooperateWith", "UNICEF"),
    # the receiver as the direct object, the gift in a "with" phrase
    ("Iran supplied the Houthis with arms.", "Iran", "providesAidTo", "Houthis"),
    (
        "The United States provided Israel with missiles.",
        "United States",
        "providesAidTo",
        "Israel",
    ),
    ("Iran has been supplying Russia with drones.", "Iran", "providesAidTo", "Russia"),
    # a generic head named arms by its modifier; goods counted by their worth
    ("Germany supplied Ukraine with air defense systems.", "Germany", "providesAidTo", "Ukraine"),
    (
        "Japan delivered $50,000 worth of goods to Kabul University.",
        "Japan",
        "providesAidTo",
        "Kabul University",
    ),
    # weapons sold or bought: the seller cooperates militarily with the buyer
    ("Russia sold weapons to Venezuela.", "Russia", "cooperatesMateriallyWith", "Venezuela"),
    ("Pakistan bought tanks from China.", "China", "cooperatesMateriallyWith", "Pakistan"),
    ("India purchased missiles from Russia.", "Russia", "cooperatesMateriallyWith", "India"),
    # peacekeepers sent to a place, troops contributed to a force in one
    ("NATO deployed peacekeepers to Kosovo.", "NATO", "providesAidTo", "Kosovo"),
    ("Fiji sent peacekeeping troops to Lebanon.", "Fiji", "providesAidTo", "Lebanon"),
    (
        "France will contribute 4,000 troops to a force in Liberia.",
        "France",
        "providesAidTo",
        "Liberia",
    ),
    # goods and money received from a giver
    ("Sudan received $2 billion from Qatar.", "Qatar", "providesAidTo", "Sudan"),
    (
        "Ukraine obtained missiles from the United States.",
        "United States",
        "providesAidTo",
        "Ukraine",
    ),
    # a pact entered into
    (
        "Kenya entered into a defense pact with the United States.",
        "Kenya",
        "signsAgreementWith",
        "United States",
    ),
    (
        "The Syrian Democratic Forces entered into an agreement with the Syrian government.",
        "Syrian Democratic Forces",
        "signsAgreementWith",
        "Syria",
    ),
    # a sale or delivery named by a noun, by its possessor or the subject approving it
    (
        "Washington approved the sale of 66 F-16 fighter jets to Taiwan.",
        "United States",
        "cooperatesMateriallyWith",
        "Taiwan",
    ),
    (
        "China condemned U.S. arms sales to Taiwan.",
        "United States",
        "cooperatesMateriallyWith",
        "Taiwan",
    ),
    (
        "Russia's sale of S-400 missiles to Turkey angered Washington.",
        "Russia",
        "cooperatesMateriallyWith",
        "Turkey",
    ),
    (
        "Germany's delivery of Leopard tanks to Ukraine began in March.",
        "Germany",
        "providesAidTo",
        "Ukraine",
    ),
    (
        "The United States has sent HIMARS rocket launchers to Ukraine.",
        "United States",
        "providesAidTo",
        "Ukraine",
    ),
    # aid with its giver in a "from" phrase and its receiver after
    (
        "Aid from Saudi Arabia to Yemen increased last year.",
        "Saudi Arabia",
        "providesAidTo",
        "Yemen",
    ),
    ("A loan from the IMF to Egypt was approved.", "IMF", "providesAidTo", "Egypt"),
    # a donor or arms supplier in apposition
    (
        "Russia, India's largest arms supplier, rejected the claim.",
        "Russia",
        "cooperatesMateriallyWith",
        "India",
    ),
    ("Norway, the biggest donor to UNRWA, called for calm.", "Norway", "providesAidTo", "UNRWA"),
    # a pact approved by one of its parties
    ("Israel approved the ceasefire deal with Hamas.", "Israel", "signsAgreementWith", "Hamas"),
    ("The EU endorsed the deal with Mercosur.", "EU", "signsAgreementWith", "Mercosur"),
    # access granted is a concession to the one let in
    (
        "Syria allowed the Red Cross access to the prisoners.",
        "Syria",
        "yieldsTo",
        "Red Cross",
    ),
    ("Israel gave UNRWA access to Gaza.", "Israel", "yieldsTo", "UNRWA"),
    # asylum granted is aid to the one who flees
    ("Russia granted Edward Snowden asylum.", "Russia", "providesAidTo", "Edward Snowden"),
    # a pact brokered between two parties: the broker mediates with each
    ("Egypt brokered a truce between Israel and Hamas.", "Egypt", "negotiatesWith", "Hamas"),
    (
        "Qatar brokered a deal between the United States and the Taliban.",
        "United States",
        "signsAgreementWith",
        "Taliban",
    ),
]

# text, subject, predicate, object that must not be read
MUST_NOT = [
    # words given are no aid
    ("Obama gave a speech to the United Nations.", "Obama", "providesAidTo", "United Nations"),
    (
        "Russia provided no evidence to the United Nations.",
        "Russia",
        "providesAidTo",
        "United Nations",
    ),
    ("The minister gave an interview to Reuters.", "minister", "providesAidTo", "Reuters"),
    ("China sent a message to Japan.", "China", "providesAidTo", "Japan"),
    # a blow is dealt, not given
    ("Israel delivered a blow to Hezbollah.", "Israel", "providesAidTo", "Hezbollah"),
    # an office or prisoners handed over are no gift
    ("Obama handed the presidency to Trump.", "Obama", "providesAidTo", "Trump"),
    (
        "The United States transferred the prisoners to Afghanistan.",
        "United States",
        "providesAidTo",
        "Afghanistan",
    ),
    # arms laid down are no aid to the one who takes them
    (
        "The rebels handed their weapons to the United Nations.",
        "rebels",
        "providesAidTo",
        "United Nations",
    ),
    # a sale of anything but arms is no military cooperation
    ("Russia sold its stake to Rosneft.", "Russia", "cooperatesMateriallyWith", "Rosneft"),
    # a system sold that is no arm is no military cooperation
    (
        "Microsoft sold its operating system to Apple.",
        "Microsoft",
        "cooperatesMateriallyWith",
        "Apple",
    ),
    # a supplier of anything but arms; money paid for a purchase
    (
        "Russia, Europe's largest gas supplier, cut deliveries.",
        "Russia",
        "cooperatesMateriallyWith",
        "Europe",
    ),
    ("The company paid $5 million for the building.", "company", "providesAidTo", "building"),
    # one who approves a pact between others is no party to it
    (
        "Cyprus approved the agreement between Greece and Egypt.",
        "Cyprus",
        "signsAgreementWith",
        "Greece",
    ),
    # a chance given is no aid
    (
        "Kenya provided the United States with an opportunity to respond.",
        "Kenya",
        "providesAidTo",
        "United States",
    ),
    # troops sent to a country with no peacekeeping named aid no one
    ("Russia sent troops to Ukraine.", "Russia", "providesAidTo", "Ukraine"),
    # the place access is given to is no recipient of aid
    ("Israel gave UNRWA access to Gaza.", "Israel", "providesAidTo", "Gaza"),
    # a sale halted is not made; a sale of no arms is no military cooperation
    (
        "The United States halted its arms sales to Saudi Arabia.",
        "United States",
        "cooperatesMateriallyWith",
        "Saudi Arabia",
    ),
    ("Iran's oil exports to China rose.", "Iran", "cooperatesMateriallyWith", "China"),
    # the one who condemns a sale is no party to it
    ("China condemned U.S. arms sales to Taiwan.", "China", "cooperatesMateriallyWith", "Taiwan"),
    # a warning received is no gift
    ("Egypt received a warning from Israel.", "Israel", "providesAidTo", "Egypt"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), CASES)
def test_transfer_is_read(nlp, text, subject, predicate, obj):
    assert_read(nlp, text, subject, predicate, obj)


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MUST_NOT)
def test_transfer_must_not(nlp, text, subject, predicate, obj):
    assert_not_read(nlp, text, subject, predicate, obj)
