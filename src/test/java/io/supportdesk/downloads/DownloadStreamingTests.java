package io.supportdesk.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.downloads.DownloadFixtures.Catalogue;

/**
 * A file far larger than anything the application should hold in memory goes in and out in constant
 * memory: 300 MB generated on the fly (never in the test's memory either) stream through the raw-body
 * upload and back out of the download, while a sampler forces a collection every half second and records
 * the live heap — it never grows by more than a small fraction of the file.
 */
@SupportdeskTest
class DownloadStreamingTests {

	private static final long SIZE = 300L * 1024 * 1024;

	/** Far below the file: holding the file (or a copy of it) in memory would exceed this. */
	private static final long ALLOWED_GROWTH = 64L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	DownloadFixtures downloads;

	@Test
	void aLargeFileIsUploadedAndDownloadedWithoutTheHeapGrowingWithIt() throws Exception {
		Catalogue catalogue = downloads.product();
		String manager = accounts.staff(Role.MANAGER).email();
		HttpClient client = HttpClient.newHttpClient();
		MessageDigest expected = MessageDigest.getInstance("SHA-256");

		long baseline = liveHeap();
		HttpResponse<String> uploaded;
		try (Sampler sampler = new Sampler()) {
			uploaded = client.send(request(manager, "/api/products/" + catalogue.product() + "/versions/" + catalogue.ga()
					+ "/files?name=big.bin&platform=any").header("Content-Type", "application/octet-stream")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(SIZE, expected))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(sampler.peak() - baseline).as("live heap growth during the upload of %d bytes", SIZE)
				.isLessThan(ALLOWED_GROWTH);
		}
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		String sha256 = HexFormat.of().formatHex(expected.digest());
		assertThat(uploaded.body()).contains("\"size\":" + SIZE).contains(sha256);
		String fileId = uploaded.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

		MessageDigest received = MessageDigest.getInstance("SHA-256");
		long length;
		try (Sampler sampler = new Sampler()) {
			HttpResponse<InputStream> download = client.send(request(manager, "/api/downloads/" + fileId).GET().build(),
					HttpResponse.BodyHandlers.ofInputStream());
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
			length = digest(download.body(), received);
			assertThat(sampler.peak() - baseline).as("live heap growth during the download").isLessThan(ALLOWED_GROWTH);
		}
		assertThat(length).isEqualTo(SIZE);
		assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(sha256);
		assertThat(liveHeap() - baseline).as("nothing of the file stays in memory").isLessThan(ALLOWED_GROWTH / 2);
	}

	private HttpRequest.Builder request(String email, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((email + ":" + AccountFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static long digest(InputStream in, MessageDigest digest) throws Exception {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (in) {
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
				total += n;
			}
		}
		return total;
	}

	/** The heap in use right after a full collection: what is alive. */
	static long liveHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	/** Collects every half second and keeps the largest live heap seen. */
	private static final class Sampler implements AutoCloseable {

		private final AtomicLong peak = new AtomicLong();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Thread thread = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(liveHeap(), Math::max);
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}, "heap-sampler");

		Sampler() {
			thread.setDaemon(true);
			thread.start();
		}

		long peak() {
			peak.accumulateAndGet(liveHeap(), Math::max);
			return peak.get();
		}

		@Override
		public void close() throws InterruptedException {
			running.set(false);
			thread.interrupt();
			thread.join();
		}
	}

	/** {@code size} pseudo-random bytes made as they are read, digested on the way. */
	private static final class Generated extends InputStream {

		private final MessageDigest digest;

		private long left;

		private long state = 0x9E3779B97F4A7C15L;

		Generated(long size, MessageDigest digest) {
			this.left = size;
			this.digest = digest;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			for (int i = 0; i < n; i++) {
				state ^= state << 13;
				state ^= state >>> 7;
				state ^= state << 17;
				buffer[offset + i] = (byte) state;
			}
			digest.update(buffer, offset, n);
			left -= n;
			return n;
		}
	}
}
