package io.supportdesk.cases;

import java.net.URI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * With {@code supportdesk.attachments.store=s3}, attachment content (cases' and downloads') lives in an
 * S3-compatible bucket instead of the data directory. The bucket is checked at start-up: a node that
 * cannot reach it does not start, rather than failing the first upload.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "supportdesk.attachments.store", havingValue = "s3")
class S3AttachmentStoreConfiguration {

	@Bean(destroyMethod = "close")
	S3Client attachmentS3Client(AttachmentStoreSettings settings) {
		AttachmentStoreSettings.S3 s3 = settings.s3();
		if (s3.bucket().isBlank()) {
			throw new IllegalStateException("supportdesk.attachments.s3.bucket must name a bucket when "
					+ "supportdesk.attachments.store=s3");
		}
		S3ClientBuilder builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(s3.region())).forcePathStyle(s3.pathStyle())
			// checksums only where S3 requires them: many S3-compatible servers store aws-chunked trailers as content
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			// whole signed bodies rather than aws-chunked ones, which not every S3-compatible server decodes
			.serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
			.credentialsProvider(s3.accessKey().isBlank() ? DefaultCredentialsProvider.builder().build()
					: StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
		if (!s3.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(s3.endpoint()));
		}
		S3Client client = builder.build();
		client.headBucket(request -> request.bucket(s3.bucket()));
		return client;
	}

	@Bean
	AttachmentStore s3AttachmentStore(S3Client attachmentS3Client, AttachmentStoreSettings settings) {
		return new S3AttachmentStore(attachmentS3Client, settings.s3().bucket(), settings.s3().prefix());
	}
}
