"""The pages in a real browser: headless Chromium (Debian's chromium + chromium-driver) driven by Selenium against
uvicorn on a free 127.0.0.1 port; on a phone-sized and a desktop window, without and with JavaScript's help.

Set ``COUNTER_APP_WEB_SCREENSHOTS`` to a folder to keep a screenshot of each step (docs/screenshots/make_web.py
does, for the README); a plain test run writes nothing outside its tmp folder.
"""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

import pytest

from tests.web.web_support import Station, live_server, make_station

selenium = pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
SIZES = {"phone": (390, 844), "desktop": (1280, 900)}

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER) and not os.environ.get("CI"),
    reason="no chromium/chromedriver here (apt-get install chromium chromium-driver)",
)


def browser(size: tuple[int, int], javascript: bool = True, camera: bool = False) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN",
                     f"--window-size={size[0]},{size[1]}", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    if camera:  # Chromium's own test camera, allowed without asking
        options.add_argument("--use-fake-device-for-media-stream")
        options.add_argument("--use-fake-ui-for-media-stream")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    # Headless windows are never narrower than 500 px: a phone's 390 px viewport needs the device emulation.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": size[0] < 500})
    return driver


def shoot(driver: webdriver.Chrome, name: str) -> None:
    """Save the whole page (not only the first screen) when screenshots were asked for."""
    folder = os.environ.get("COUNTER_APP_WEB_SCREENSHOTS")
    if not folder:
        return
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / f"web-{name}.png").write_bytes(base64.b64decode(shot["data"]))


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> tuple[Station, str]:
    # Module-scoped, so set up before the per-test data folder: it gets a tmp data folder of its own.
    with pytest.MonkeyPatch.context() as env:
        env.setenv("COUNTER_APP_DATA", str(tmp_path_factory.mktemp("data")))
        station = make_station(f"sqlite:///{tmp_path_factory.mktemp('web') / 'counter.db'}")
        with live_server(station.ctx) as url:
            yield station, url


@pytest.mark.parametrize("size", sorted(SIZES))
def test_status_form_in_the_browser(served, size):
    station, url = served
    driver = browser(SIZES[size])
    try:
        driver.get(url + "/status")
        assert driver.find_element(By.TAG_NAME, "h1").text == "证件进度查询"
        # The scan button shows only where the browser offers BarcodeDetector and a camera API; typing always works.
        offered = driver.execute_script("return 'BarcodeDetector' in window && !!navigator.mediaDevices")
        assert driver.find_element(By.ID, "scan").is_displayed() is offered
        driver.find_element(By.ID, "acceptance_no").send_keys(station.acceptance_no)
        driver.find_element(By.ID, "id_last4").send_keys(station.id_last4)
        shoot(driver, f"status-form-{size}")
        driver.find_element(By.CSS_SELECTOR, "#status-form button[type=submit]").click()
        state = WebDriverWait(driver, 20).until(ec.visibility_of_element_located((By.CSS_SELECTOR, ".result .state")))
        assert state.text == "已到达"
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "居民身份证领取凭证" in body and "张三" not in body
        assert station.acceptance_no not in driver.current_url and station.id_last4 not in driver.current_url
        _fits(driver)
        shoot(driver, f"status-result-{size}")
    finally:
        driver.quit()


@pytest.mark.parametrize("size", sorted(SIZES))
def test_booking_without_javascript(served, size):
    station, url = served
    driver = browser(SIZES[size], javascript=False)
    try:
        driver.get(url + "/booking")
        slot = driver.find_element(By.CSS_SELECTOR, f"input[name=slot_id][value='{station.slot_id}']")
        slot.click()
        Select(driver.find_element(By.ID, "service_id")).select_by_value("id_card_renewal")
        driver.find_element(By.ID, "name").send_keys("王五")
        driver.find_element(By.ID, "phone").send_keys("13800001111" if size == "phone" else "13800002222")
        _fits(driver)
        shoot(driver, f"booking-form-{size}")
        driver.find_element(By.CSS_SELECTOR, "#booking-form button[type=submit]").click()
        code = WebDriverWait(driver, 20).until(ec.visibility_of_element_located((By.ID, "booking-code"))).text
        assert len(code) == 9 and code[4] == "-"
        assert "王五" not in driver.current_url and "1380000" not in driver.current_url
        _fits(driver)
        shoot(driver, f"booking-done-{size}")
    finally:
        driver.quit()


# A stand-in for the phone's barcode reader: it "sees" the given digits in whatever frame it is shown.
FAKE_DETECTOR = """
window.BarcodeDetector = class {
  constructor(options) { window.__formats = options.formats; }
  detect(source) { return Promise.resolve(source.readyState >= 2 ? [{rawValue: %r}] : []); }
};
"""


def test_the_scan_button_fills_the_number_where_the_browser_reads_barcodes(served):
    station, url = served
    driver = browser(SIZES["phone"], camera=True)
    try:
        printed = f"{station.acceptance_no[:6]} {station.acceptance_no[6:]}"  # the receipt's grouping is ignored
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FAKE_DETECTOR % printed})
        driver.get(url + "/status")
        scan = driver.find_element(By.ID, "scan")
        assert scan.is_displayed()
        scan.click()
        WebDriverWait(driver, 20).until(
            lambda d: d.find_element(By.ID, "acceptance_no").get_attribute("value") == station.acceptance_no)
        assert driver.execute_script("return window.__formats") == ["code_128"]
        assert not driver.find_element(By.ID, "scan-video").is_displayed()  # the camera is let go at once
        assert driver.switch_to.active_element.get_attribute("id") == "id_last4"
    finally:
        driver.quit()


def test_guide_and_home_pages(served):
    _, url = served
    for size in sorted(SIZES):
        driver = browser(SIZES[size])
        try:
            driver.get(url + "/")
            assert "加开身份证办理时段" in driver.find_element(By.CSS_SELECTOR, ".notice").text
            _fits(driver)
            shoot(driver, f"home-{size}")
            driver.get(url + "/guide?q=sfz")
            links = driver.find_elements(By.CSS_SELECTOR, ".list a")
            assert links and any("身份证" in link.text for link in links)
            driver.get(url + "/guide/id_card_renewal")
            assert "需要携带的材料" in driver.find_element(By.TAG_NAME, "body").text
            _fits(driver)
            shoot(driver, f"guide-{size}")
            driver.get(url + "/hours")
            shoot(driver, f"hours-{size}")
        finally:
            driver.quit()


def _fits(driver: webdriver.Chrome) -> None:
    """Nothing sticks out sideways: the page is no wider than the window (no horizontal scrolling on a phone)."""
    scroll, client = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll <= client, f"page is {scroll}px wide in a {client}px window"
    width = driver.execute_script("return window.innerWidth")
    assert width in {w for w, _ in SIZES.values()}, width
