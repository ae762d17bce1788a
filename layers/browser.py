"""Headless Chromium for looking at the map page: browser tests, the page benchmark, screenshots.

The one place that says how the page is opened in a real browser. The flags keep
Chromium from reaching out to the network (this machine has none beyond the
package registries) and from needing a sandbox as root; each driver gets its
own empty profile, removed again by :func:`close`.

>>> driver = open_chromium(size=(390, 844))      # doctest: +SKIP
>>> driver.get("http://127.0.0.1:8000/"); driver.save_screenshot("phone.png")   # doctest: +SKIP
>>> close(driver)                                # doctest: +SKIP
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

__all__ = ["CHROMIUM", "CHROMEDRIVER", "FLAGS", "available", "open_chromium", "emulate_screen",
           "close"]

CHROMIUM = "/usr/bin/chromium"          # Debian's chromium
CHROMEDRIVER = "/usr/bin/chromedriver"  # Debian's chromium-driver
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--disable-sync", "--disable-quic")


def available() -> bool:
    """Whether Debian's chromium and chromium-driver are installed."""
    return Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()


def open_chromium(*, size: tuple[int, int] = (1400, 900), logs: bool = False,
                  timeout_s: float = 60.0):
    """A selenium Chrome driver on headless Chromium with a fresh profile.

    ``logs=True`` keeps the console and DevTools performance logs (every URL the
    page requested), for tests that check the page fetched nothing from outside.
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="incmap-chrome-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}"):
        opts.add_argument(flag)
    if logs:
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(timeout_s)
    driver.set_script_timeout(timeout_s)
    driver.incmap_profile = profile
    return driver


def emulate_screen(driver, width: int, height: int, *, mobile: bool = True,
                   scale: float = 3.0) -> None:
    """Give the page a screen of ``width`` x ``height`` CSS pixels (a phone: 390 x 844).

    A headless window cannot be made narrower than ~500 px; the DevTools device
    metrics can, as a phone's browser would lay the page out. ``width=0`` undoes it.
    """
    if not width:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        return
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": int(width), "height": int(height), "deviceScaleFactor": float(scale),
        "mobile": bool(mobile)})


def close(driver) -> None:
    """Quit the driver and remove its profile."""
    try:
        driver.quit()
    finally:
        shutil.rmtree(getattr(driver, "incmap_profile", ""), ignore_errors=True)
