package io.supportdesk.cases;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A real S3-compatible server for the tests: s3rver (npm, {@code src/test/s3}, installed by
 * {@code .ci/run} with {@code npm ci}) as a process of its own on a free port, with one bucket, its
 * objects under a temporary directory. s3rver checks every request's signature against its one
 * access key, {@code S3RVER}/{@code S3RVER}.
 */
final class LocalS3Server implements AutoCloseable {

	static final String BUCKET = "supportdesk-test";

	static final String KEY = "S3RVER";

	private static final Path INSTALLED = Path.of("src/test/s3/node_modules/s3rver/bin/s3rver.js");

	private final Process process;

	private final Path directory;

	final int port;

	private LocalS3Server(Process process, Path directory, int port) {
		this.process = process;
		this.directory = directory;
		this.port = port;
	}

	/** Starts the server; without it installed a CI run fails, a developer's run skips saying how to install it. */
	static LocalS3Server start() throws IOException, InterruptedException {
		requireOrSkip(Files.isRegularFile(INSTALLED), System.getenv());
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path directory = Files.createTempDirectory("supportdesk-s3");
		Process process = new ProcessBuilder("node", INSTALLED.toString(), "-d", directory.toString(), "-a", "127.0.0.1",
				"-p", String.valueOf(port), "--silent", "--configure-bucket", BUCKET)
			.redirectErrorStream(true).redirectOutput(directory.resolveSibling(directory.getFileName() + ".log").toFile())
			.start();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (true) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				break;
			}
			catch (IOException notYet) {
				if (!process.isAlive() || Instant.now().isAfter(deadline)) {
					process.destroyForcibly();
					throw new IllegalStateException("s3rver did not start on port " + port, notYet);
				}
				Thread.sleep(100);
			}
		}
		return new LocalS3Server(process, directory, port);
	}

	static void requireOrSkip(boolean installed, Map<String, String> environment) {
		String missing = "No local S3 server here: install it with `npm ci --prefix src/test/s3` (.ci/run does this) "
				+ "to run the S3 attachment store's tests";
		if (!installed && "true".equalsIgnoreCase(environment.get("CI"))) {
			throw new IllegalStateException(missing + "; with CI=true they must run, not be skipped");
		}
		assumeTrue(installed, missing);
	}

	String endpoint() {
		return "http://127.0.0.1:" + port;
	}

	/** The settings that point an application instance's attachments at this server. */
	List<String> settings(String prefix) {
		return List.of("supportdesk.attachments.store=s3", "supportdesk.attachments.s3.endpoint=" + endpoint(),
				"supportdesk.attachments.s3.bucket=" + BUCKET, "supportdesk.attachments.s3.prefix=" + prefix,
				"supportdesk.attachments.s3.access-key=" + KEY, "supportdesk.attachments.s3.secret-key=" + KEY,
				"supportdesk.attachments.s3.region=us-east-1");
	}

	S3Client client() {
		return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
			.forcePathStyle(true).endpointOverride(URI.create(endpoint()))
			// checksums only where S3 requires them: many S3-compatible servers store aws-chunked trailers as content
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			// whole signed bodies rather than aws-chunked ones, which not every S3-compatible server decodes
			.serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, KEY))).build();
	}

	@Override
	public void close() throws IOException {
		process.destroy();
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}
}
