"""The rating page in headless Chromium: a scripted rater completes a study, with a reload mid-way
(resume) and a pause, and the analysis of the saved answers gives the expected kappa and alpha.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and selenium.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from slava_lightning.humaneval.analysis import analyse_study
from slava_lightning.humaneval.study import load_key, load_study

from .helpers import CRITERIA, expected_agreement, intended_scores

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()),
    reason="Chromium not found: apt-get install chromium chromium-driver (Debian) to run it",
)


@pytest.fixture
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="slava-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                 "--window-size=1280,900"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait(driver, condition, timeout: float = 10):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def _shown_item(driver) -> str | None:
    from selenium.webdriver.common.by import By

    if not driver.find_element(By.ID, "rating").is_displayed():
        return None
    return driver.find_element(By.ID, "report").get_attribute("data-item")


def _rate(driver, key: dict, rater: str, n: int) -> list[str]:
    """Rate the next ``n`` items as :func:`intended_scores` says; returns their ids."""
    from selenium.webdriver.common.by import By

    done = []
    for _ in range(n):
        item = _wait(driver, _shown_item)
        image = driver.find_element(By.CSS_SELECTOR, "#images img")
        _wait(
            driver, lambda d, img=image: d.execute_script("return arguments[0].naturalWidth", img)
        )
        save = driver.find_element(By.ID, "save")
        revising = driver.find_element(By.ID, "status").text == "saved earlier"
        assert save.is_enabled() == revising  # a new item needs all three scores first
        scores = intended_scores(rater, key[item]["system"], key[item]["case"])
        for criterion in CRITERIA:
            driver.find_element(
                By.CSS_SELECTOR, f"label[for={criterion}-{scores[criterion]}]"
            ).click()
        save.click()
        _wait(driver, lambda d, item=item: _shown_item(d) != item)
        done.append(item)
    return done


def test_scripted_raters_complete_the_study(browser, study_dir: Path, served: str):
    from selenium.webdriver.common.by import By

    study = load_study(study_dir)
    _, key = load_key(study_dir, study)

    # alice: 3 items, a reload (resume at the 4th), a pause and resume, then the rest
    browser.get(f"{served}/?rater=alice")
    assert _rate(browser, key, "alice", 3) == study.order["alice"][:3]
    browser.refresh()
    assert _wait(browser, _shown_item) == study.order["alice"][3]
    assert browser.find_element(By.ID, "progress").text == "Item 4 of 6 · 3 of 6 answered"
    browser.find_element(By.ID, "pause").click()
    assert browser.find_element(By.ID, "paused").is_displayed()
    browser.find_element(By.ID, "resume").click()
    assert _rate(browser, key, "alice", 3) == study.order["alice"][3:]
    _wait(browser, lambda d: d.find_element(By.ID, "done").is_displayed())

    # bob starts from the landing page, goes back once to revise, reloads after 2 items
    browser.get(served + "/")
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "a.rater-link"))
    links = browser.find_elements(By.CSS_SELECTOR, "a.rater-link")
    assert [a.text for a in links] == ["alice", "bob"]
    links[1].click()
    first = _rate(browser, key, "bob", 1)
    browser.find_element(By.ID, "back").click()
    _wait(browser, lambda d: _shown_item(d) == first[0])
    assert browser.find_element(By.ID, "status").text == "saved earlier"
    assert _rate(browser, key, "bob", 2) == study.order["bob"][:2]  # revised, then the 2nd
    browser.refresh()
    assert _wait(browser, _shown_item) == study.order["bob"][2]
    _rate(browser, key, "bob", 4)
    _wait(browser, lambda d: d.find_element(By.ID, "done").is_displayed())

    lines = study.answers_file("bob").read_text().splitlines()
    assert len(lines) == 7  # one revision
    result = analyse_study(study_dir, n_boot=200)
    assert result.completeness.complete() and result.completeness.revised["bob"] == 1
    expected = expected_agreement(key)
    for criterion in CRITERIA:
        agreement = result.agreement[criterion]
        kappa = agreement["cohen_kappa_quadratic"]["alice/bob"]["kappa"]
        assert kappa == pytest.approx(expected[criterion]["kappa"])
        assert agreement["krippendorff_alpha_ordinal"] == pytest.approx(
            expected[criterion]["alpha"]
        )
