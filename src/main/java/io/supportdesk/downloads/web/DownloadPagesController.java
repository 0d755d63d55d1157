package io.supportdesk.downloads.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.downloads.Channel;
import io.supportdesk.downloads.NewFile;
import io.supportdesk.downloads.NewProduct;
import io.supportdesk.downloads.NewVersion;
import io.supportdesk.downloads.ProductCatalogue;
import io.supportdesk.downloads.ProductFiles;
import io.supportdesk.downloads.ProductId;
import io.supportdesk.downloads.ProductView;
import io.supportdesk.downloads.SupportStatus;
import io.supportdesk.downloads.VersionView;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NavigationItem;
import io.supportdesk.shared.Refused;

/**
 * The download pages: {@code /portal/downloads} for customers (the products their subscriptions open,
 * versions with release notes, files with size and SHA-256, a checksum page per version, "notify me of
 * new versions") and {@code /console/downloads} for staff (the same, and for managers: offer products,
 * release versions, upload files, move versions along their support life, the download audit). A refusal
 * is shown next to its field.
 */
@Controller
class DownloadPagesController {

	private final ProductCatalogue catalogue;

	private final ProductFiles files;

	private final DownloadResponses responses;

	private final MessageSource messages;

	private final ReleaseNotesText notes;

	DownloadPagesController(ProductCatalogue catalogue, ProductFiles files, DownloadResponses responses,
			MessageSource messages, ReleaseNotesText notes) {
		this.notes = notes;
		this.catalogue = catalogue;
		this.files = files;
		this.responses = responses;
		this.messages = messages;
	}

	@GetMapping({ "/portal/downloads", "/console/downloads" })
	String products(CurrentUser me, Model model) {
		model.addAttribute("base", base(me));
		model.addAttribute("manager", me.has(io.supportdesk.accounts.Role.MANAGER));
		model.addAttribute("products", catalogue.products(me));
		return "downloads/products";
	}

	@PostMapping("/console/downloads")
	String create(CurrentUser me, @RequestParam(required = false) String name,
			@RequestParam(required = false) String description, Model model) {
		try {
			ProductId id = catalogue.create(me, new NewProduct(name, description));
			return "redirect:/console/downloads/" + id;
		}
		catch (InvalidInput | io.supportdesk.shared.Conflict refused) {
			refusal(model, refused, field(refused));
			model.addAttribute("name", name);
			model.addAttribute("description", description);
			return products(me, model);
		}
	}

	@GetMapping({ "/portal/downloads/{productId}", "/console/downloads/{productId}" })
	String product(CurrentUser me, @PathVariable String productId, Model model) {
		ProductView product = catalogue.product(me, ProductApiController.product(productId));
		model.addAttribute("base", base(me));
		model.addAttribute("product", product);
		model.addAttribute("notes", product.versions().stream().collect(java.util.stream.Collectors.toMap(
				v -> v.id().toString(), v -> notes.html(v.releaseNotes()))));
		model.addAttribute("manager", me.has(io.supportdesk.accounts.Role.MANAGER));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("statuses", SupportStatus.values());
		if (me.has(io.supportdesk.accounts.Role.MANAGER)) {
			model.addAttribute("audit", files.audit(me, product.id()));
		}
		return "downloads/product";
	}

	@PostMapping({ "/portal/downloads/{productId}/watch", "/console/downloads/{productId}/watch" })
	String watch(CurrentUser me, @PathVariable String productId, @RequestParam(defaultValue = "true") boolean watch,
			RedirectAttributes redirect) {
		ProductId id = ProductApiController.product(productId);
		if (watch) {
			catalogue.watch(me, id);
		}
		else {
			catalogue.unwatch(me, id);
		}
		redirect.addFlashAttribute("notice", watch ? "downloads.notice.watching" : "downloads.notice.notWatching");
		return "redirect:" + base(me) + "/" + productId;
	}

	@PostMapping("/console/downloads/{productId}/versions")
	String release(CurrentUser me, @PathVariable String productId, @RequestParam(required = false) String version,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) SupportStatus supportStatus,
			@RequestParam(required = false) String releaseNotes, @RequestParam(required = false) String releasedOn,
			Model model, RedirectAttributes redirect) {
		ProductId id = ProductApiController.product(productId);
		try {
			catalogue.release(me, id, new NewVersion(version, channel, supportStatus, releaseNotes, day(releasedOn)));
			redirect.addFlashAttribute("notice", "downloads.notice.released");
			return "redirect:/console/downloads/" + productId;
		}
		catch (InvalidInput | io.supportdesk.shared.Conflict refused) {
			refusal(model, refused, field(refused));
			model.addAttribute("version", version);
			model.addAttribute("releaseNotes", releaseNotes);
			return product(me, productId, model);
		}
	}

	@PostMapping("/console/downloads/{productId}/versions/{versionId}/files")
	String upload(CurrentUser me, @PathVariable String productId, @PathVariable String versionId,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String platform,
			@RequestParam(required = false) String sha256, Model model, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInput("file", "refusal.downloads.file.empty");
			}
			try (InputStream content = file.getInputStream()) {
				files.upload(me, ProductApiController.product(productId), ProductApiController.version(versionId),
						new NewFile(file.getOriginalFilename(), platform, sha256), content);
			}
			redirect.addFlashAttribute("notice", "downloads.notice.uploaded");
			return "redirect:/console/downloads/" + productId;
		}
		catch (InvalidInput | io.supportdesk.shared.Conflict | io.supportdesk.shared.Unprocessable
				| io.supportdesk.shared.TooLarge refused) {
			refusal(model, refused, field(refused));
			model.addAttribute("refusedVersion", versionId);
			return product(me, productId, model);
		}
	}

	@PostMapping("/console/downloads/{productId}/versions/{versionId}/support-status")
	String supportStatus(CurrentUser me, @PathVariable String productId, @PathVariable String versionId,
			@RequestParam(required = false) SupportStatus supportStatus, RedirectAttributes redirect) {
		catalogue.changeSupportStatus(me, ProductApiController.product(productId), ProductApiController.version(versionId),
				supportStatus);
		redirect.addFlashAttribute("notice", "downloads.notice.statusChanged");
		return "redirect:/console/downloads/" + productId;
	}

	@GetMapping({ "/portal/downloads/{productId}/versions/{versionId}/checksums",
			"/console/downloads/{productId}/versions/{versionId}/checksums" })
	String checksums(CurrentUser me, @PathVariable String productId, @PathVariable String versionId, Model model) {
		ProductView product = catalogue.product(me, ProductApiController.product(productId));
		VersionView version = catalogue.version(me, product.id(), ProductApiController.version(versionId));
		model.addAttribute("base", base(me));
		model.addAttribute("product", product);
		model.addAttribute("version", version);
		return "downloads/checksums";
	}

	@GetMapping({ "/portal/downloads/files/{fileId}", "/console/downloads/files/{fileId}" })
	ResponseEntity<?> download(CurrentUser me, @PathVariable String fileId, HttpServletRequest request) throws IOException {
		return responses.serve(me, fileId, request);
	}

	private void refusal(Model model, Refused refused, String field) {
		model.addAttribute("refusedField", field);
		model.addAttribute("refusal", messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale()));
	}

	private static String field(Refused refused) {
		if (refused instanceof InvalidInput invalid) {
			return invalid.field();
		}
		if (refused instanceof io.supportdesk.shared.Conflict conflict) {
			return conflict.field();
		}
		return refused instanceof io.supportdesk.shared.Unprocessable unprocessable ? unprocessable.field() : "file";
	}

	/** A release date typed in a form: that day, 00:00 UTC; none: now. */
	private static Instant day(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (java.time.format.DateTimeParseException notADate) {
			throw new InvalidInput("releasedOn", "refusal.downloads.version.date");
		}
	}

	private static String base(CurrentUser me) {
		return me.isStaff() ? "/console/downloads" : "/portal/downloads";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem portalDownloads() {
			return new NavigationItem("portal", "/portal/downloads", "downloads.nav", "CUSTOMER", 16, NavigationItem.PRODUCTS);
		}

		@Bean
		NavigationItem consoleDownloads() {
			return new NavigationItem("console", "/console/downloads", "downloads.nav", "STAFF", 61, NavigationItem.SETUP);
		}
	}
}
