package io.supportdesk.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code supportdesk.attachments}: where attachment content (case attachments and
 * product downloads) lives.
 *
 * @param store {@code files} (the default: the data directory, or a shared volume for several nodes) or
 *              {@code s3} (an S3-compatible object store, below)
 * @param s3 the object store, when {@code store=s3}
 */
@ConfigurationProperties("supportdesk.attachments")
record AttachmentStoreSettings(@DefaultValue("files") String store, @DefaultValue S3 s3) {

	/**
	 * @param endpoint the store's address, e.g. {@code https://s3.eu-central-1.amazonaws.com} or a MinIO or
	 *                 Ceph address; empty for AWS's default endpoint of the region
	 * @param region the region (any value for most S3-compatible servers)
	 * @param bucket the bucket, which must exist
	 * @param prefix put before every object's key, e.g. {@code supportdesk/}
	 * @param accessKey the access key; empty to use the AWS default credentials chain (environment,
	 *                  profile, instance role)
	 * @param secretKey the secret key, with {@code accessKey}
	 * @param pathStyle address the bucket in the path ({@code endpoint/bucket/key}), as most S3-compatible
	 *                  servers need; false for virtual-host style ({@code bucket.endpoint/key})
	 */
	record S3(@DefaultValue("") String endpoint, @DefaultValue("eu-central-1") String region, @DefaultValue("") String bucket,
			@DefaultValue("") String prefix, @DefaultValue("") String accessKey, @DefaultValue("") String secretKey,
			@DefaultValue("true") boolean pathStyle) {
	}
}
