package io.supportdesk.downloads.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.downloads.DownloadRecord;
import io.supportdesk.downloads.FileView;
import io.supportdesk.downloads.NewFile;
import io.supportdesk.downloads.ProductCatalogue;
import io.supportdesk.downloads.ProductFiles;
import io.supportdesk.downloads.ProductId;
import io.supportdesk.downloads.ProductView;
import io.supportdesk.downloads.VersionId;
import io.supportdesk.downloads.VersionView;
import io.supportdesk.shared.NotFound;

/** Products, versions and uploads: managers write, every reader sees what their subscriptions open. */
@RestController
@Tag(name = "Downloads", description = "Products, versions (GA and early-adopter builds), files with SHA-256. An "
		+ "organisation sees a product while it holds a subscription in force for it (the subscription's `product`), "
		+ "early-adopter builds only where that plan includes early adopter products; everything else answers 404.")
class ProductApiController {

	private final ProductCatalogue catalogue;

	private final ProductFiles files;

	ProductApiController(ProductCatalogue catalogue, ProductFiles files) {
		this.catalogue = catalogue;
		this.files = files;
	}

	@PostMapping("/api/products")
	@Operation(summary = "Offers a product", description = "Managers. `name` must be the product as subscriptions name it; "
			+ "a name taken already answers 409.")
	ResponseEntity<ProductView> create(CurrentUser me, @Valid @RequestBody DownloadRequests.ProductBody body) {
		ProductId id = catalogue.create(me, body.product());
		return ResponseEntity.created(URI.create("/api/products/" + id)).body(catalogue.product(me, id));
	}

	@GetMapping("/api/products")
	@Operation(summary = "The products the caller may see", description = "Each with the versions (newest first) and "
			+ "files the caller may download; `watching`: whether the caller is told of new versions.")
	List<ProductView> list(CurrentUser me) {
		return catalogue.products(me);
	}

	@GetMapping("/api/products/{productId}")
	@Operation(summary = "One product", description = "404 unless the caller may see it.")
	ProductView product(CurrentUser me, @PathVariable String productId) {
		return catalogue.product(me, product(productId));
	}

	@PostMapping("/api/products/{productId}/versions")
	@Operation(summary = "Releases a version", description = "Managers. `channel`: GA (default) or EARLY_ADOPTER; "
			+ "`supportStatus`: CURRENT (default), MAINTAINED or END_OF_LIFE; `releaseNotes`: Markdown; `releasedAt`: "
			+ "an instant, now by default. The product's watchers who may see it are told.")
	ResponseEntity<VersionView> release(CurrentUser me, @PathVariable String productId,
			@Valid @RequestBody DownloadRequests.VersionBody body) {
		ProductId product = product(productId);
		VersionId id = catalogue.release(me, product, body.newVersion());
		return ResponseEntity.created(URI.create("/api/products/" + product + "/versions/" + id))
			.body(catalogue.version(me, product, id));
	}

	@PutMapping("/api/products/{productId}/versions/{versionId}/support-status")
	@Operation(summary = "Moves a version along its support life", description = "Managers.")
	VersionView supportStatus(CurrentUser me, @PathVariable String productId, @PathVariable String versionId,
			@Valid @RequestBody DownloadRequests.SupportStatusBody body) {
		return catalogue.changeSupportStatus(me, product(productId), version(versionId), body.supportStatus());
	}

	@PostMapping(path = "/api/products/{productId}/versions/{versionId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Uploads a file (multipart)", description = "Managers. Part `file`; fields `platform` "
			+ "(linux-x64, windows-x64, macos-arm64, any, …), `name` (default: the part's file name) and `sha256` (optional: "
			+ "the upload is kept only if its SHA-256 equals it, else 422). The servlet spools the part to disk, never to "
			+ "memory.")
	ResponseEntity<FileView> uploadForm(CurrentUser me, @PathVariable String productId, @PathVariable String versionId,
			@RequestParam("file") MultipartFile file, @RequestParam(required = false) String name,
			@RequestParam(required = false) String platform, @RequestParam(required = false) String sha256)
			throws IOException {
		String filename = name == null || name.isBlank() ? file.getOriginalFilename() : name;
		try (InputStream content = file.getInputStream()) {
			return created(productId, files.upload(me, product(productId), version(versionId),
					new NewFile(filename, platform, sha256), content));
		}
	}

	@PostMapping("/api/products/{productId}/versions/{versionId}/files")
	@Operation(summary = "Uploads a file (raw body)", description = "Managers. The body is the file, streamed to the store "
			+ "as it arrives (size and SHA-256 computed on the way); `name` and `platform` are query parameters, `sha256` "
			+ "optional (a mismatch answers 422 and keeps nothing). Larger than `supportdesk.downloads.max-file-size` "
			+ "(4 GB): 413.")
	ResponseEntity<FileView> uploadRaw(CurrentUser me, @PathVariable String productId, @PathVariable String versionId,
			@Parameter(description = "the file's name") @RequestParam(required = false) String name,
			@RequestParam(required = false) String platform, @RequestParam(required = false) String sha256,
			HttpServletRequest request) throws IOException {
		try (InputStream content = request.getInputStream()) {
			return created(productId, files.upload(me, product(productId), version(versionId),
					new NewFile(name, platform, sha256), content));
		}
	}

	@PutMapping("/api/products/{productId}/watch")
	@Operation(summary = "Notify me of new versions", description = "In the app and by mail, for versions the caller may see.")
	ProductView watch(CurrentUser me, @PathVariable String productId) {
		return catalogue.watch(me, product(productId));
	}

	@DeleteMapping("/api/products/{productId}/watch")
	@Operation(summary = "Stop notifying me of new versions")
	ProductView unwatch(CurrentUser me, @PathVariable String productId) {
		return catalogue.unwatch(me, product(productId));
	}

	@GetMapping("/api/products/{productId}/downloads")
	@Operation(summary = "Who downloaded the product's files", description = "Managers; newest first, the latest 500: "
			+ "user, organisation, file, instant, the bytes asked for (`rangeStart` for a range) and sent.")
	List<DownloadRecord> audit(CurrentUser me, @PathVariable String productId) {
		return files.audit(me, product(productId));
	}

	private static ResponseEntity<FileView> created(String productId, FileView file) {
		return ResponseEntity.created(URI.create("/api/downloads/" + file.id())).body(file);
	}

	static ProductId product(String id) {
		return ProductId.parse(id).orElseThrow(() -> new NotFound("refusal.notFound.product"));
	}

	static VersionId version(String id) {
		return VersionId.parse(id).orElseThrow(() -> new NotFound("refusal.notFound.productVersion"));
	}

	/** A file's checksum, for {@code sha256sum -c}. */
	record Checksum(String fileId, String name, String product, String version, String platform, long size,
			String sha256, String url) {
	}

}
