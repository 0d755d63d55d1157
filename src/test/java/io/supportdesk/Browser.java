package io.supportdesk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium.
 * Where no browser is installed, the test is skipped with a message saying how to install one — except
 * on CI ({@code CI=true}), where it fails.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String base;

	private final Path profile;

	private Browser(WebDriver driver, String base, Path profile) {
		this.driver = driver;
		this.base = base;
		this.profile = profile;
	}

	public static Browser open(int port) {
		Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
		Optional<Path> chromedriver = onPath("chromedriver");
		requireOrSkip(chromium.isPresent() && chromedriver.isPresent(), System.getenv());
		try {
			Path profile = Files.createTempDirectory("supportdesk-chromium");
			ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,900", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
			return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Without a browser, a developer's run skips the browser tests with a message saying how to install
	 * one; a CI run ({@code CI=true}) fails instead — CI never passes by skipping them.
	 */
	static void requireOrSkip(boolean browserFound, java.util.Map<String, String> environment) {
		String missing = "No headless browser here: install one with `apt-get install -y chromium chromium-driver` "
				+ "(.ci/run does this) to run the browser tests";
		if (!browserFound && "true".equalsIgnoreCase(environment.get("CI"))) {
			throw new IllegalStateException(missing + "; with CI=true they must run, not be skipped");
		}
		assumeTrue(browserFound, missing);
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	/** Signs in through the form and waits for the shell to appear. */
	public Browser signIn(String email, String password) {
		go("/login");
		type(By.id("email"), email);
		type(By.id("password"), password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(By.cssSelector(".main-nav"));
		return this;
	}

	public Browser type(By field, String text) {
		WebElement element = waitFor(field);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	public Browser click(By element) {
		waitFor(element).click();
		return this;
	}

	public WebElement waitFor(By element) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(element));
	}

	/** Waits until the element's text contains {@code text}, then returns the element's text. */
	public String waitForText(By element, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(element, text));
		return text(element);
	}

	public String text(By element) {
		return waitFor(element).getText();
	}

	/** Sets the window (in headless Chromium: the viewport) to {@code width} × {@code height} CSS pixels. */
	public Browser resize(int width, int height) {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
		return this;
	}

	/**
	 * What sticks out on the current page: the page wider than the window (a horizontal scroll bar),
	 * or a box whose content is wider than the box without the box scrolling it (an SLA table
	 * spilling out of its panel). Empty when everything fits; otherwise each offender described by
	 * tag, id and class with its widths, so that a failure says where to look.
	 */
	@SuppressWarnings("unchecked")
	public java.util.List<String> overflowing() {
		return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
				const out = [];
				const root = document.documentElement;
				if (root.scrollWidth > root.clientWidth + 1) {
				  out.push('the page: ' + root.scrollWidth + ' px wide in a ' + root.clientWidth + ' px window');
				}
				const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
				  + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
				for (const e of document.querySelectorAll('body *')) {
				  const style = getComputedStyle(e);
				  if (style.display === 'inline' || style.display === 'none' || style.display === 'table-cell'
				      || style.display === 'table-row' || e.clientWidth === 0 || style.overflowX !== 'visible') continue;
				  if (e.closest('[style*="overflow"]')) continue;
				  if (e.scrollWidth > e.clientWidth + 1) {
				    out.push(describe(e) + ': content ' + e.scrollWidth + ' px in a ' + e.clientWidth + ' px box');
				  }
				}
				return out.slice(0, 12);
				""");
	}

	/** The top of each line of the navigation bar's entries: one when the bar fits on a line. */
	@SuppressWarnings("unchecked")
	public java.util.List<Long> navigationRows() {
		return (java.util.List<Long>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
				const tops = [...document.querySelectorAll('.main-nav > a, .main-nav > details')]
				  .map(e => Math.round(e.getBoundingClientRect().top)).sort((a, b) => a - b);
				// entries of one line differ by a pixel or two in their alignment; a new line is a line height lower
				return tops.filter((top, i) => i === 0 || top - tops[i - 1] > 8);
				""");
	}

	public String currentPath() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public WebDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
		FileSystemUtils.deleteRecursively(profile.toFile());
	}

	private static Optional<Path> onPath(String... names) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		return Stream.of(names)
			.flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
			.filter(Files::isExecutable).findFirst();
	}
}
