"""What the review of issue 12 found missing, each checked on a real data file."""

from __future__ import annotations

from datetime import date

from opleider_desk.domain.entities import Aios, Profile
from opleider_desk.domain.regulations import regulation
from opleider_desk.storage.demo import fill_demo
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.profile import ProfileService

TODAY = date(2026, 11, 23)


def test_demo_aios_follow_the_current_profile_of_their_regulation(store):
    fill_demo(store, TODAY)
    current = regulation("huisartsgeneeskunde").competency_profile
    assert current == "huisartsgeneeskunde_2023"
    assert {a.name: a.competency_profile for a in store.service(AiosService).list()} == {
        "Sanne de Vries": current,
        "Daan Bakker": current,
    }


def test_an_aios_added_without_a_profile_gets_its_regulations_current_one(store):
    service = store.service(AiosService)
    gp = service.add(Aios(name="Sanne", start_date=date(2026, 1, 5)))
    mg = service.add(Aios(name="Ahmed", start_date=date(2026, 1, 5), regulation="maatschappij_en_gezondheid"))
    chosen = service.add(
        Aios(name="Lotte", start_date=date(2026, 1, 5), competency_profile="competenties_2016")
    )
    assert service.get(gp).competency_profile == "huisartsgeneeskunde_2023"
    assert service.get(mg).competency_profile == "competenties_2016"
    assert service.get(chosen).competency_profile == "competenties_2016"


def test_a_regulation_saved_before_the_profile_leaves_the_profile_to_be_asked_for(store):
    profiles = store.service(ProfileService)
    assert not profiles.exists()
    profiles.save_regulation("maatschappij_en_gezondheid")
    assert not profiles.exists(), "a row with only the regulation is no profile"
    assert profiles.get().regulation == "maatschappij_en_gezondheid"
    profiles.save(
        Profile(name="Marieke Jansen", practice="De Linde", regulation="maatschappij_en_gezondheid")
    )
    assert profiles.exists()
