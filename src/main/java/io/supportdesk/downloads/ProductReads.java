package io.supportdesk.downloads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.supportdesk.accounts.UserId;

/** The catalogue as stored, every channel included (access is decided by the callers). */
@Repository
class ProductReads {

	private final JdbcClient jdbc;

	ProductReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every product (or the one with {@code only}), by name, versions newest release first, files by platform and name. */
	List<ProductView> products(ProductId only) {
		Map<UUID, Product> products = new LinkedHashMap<>();
		jdbc.sql("""
				select p.id as product_id, p.name as product_name, p.description, v.id as version_id, v.version, v.channel,
				  v.support_status, v.release_notes, v.released_at, f.id as file_id, f.name as file_name, f.platform, f.size,
				  f.sha256, f.uploaded_at
				from downloads_product p
				left join downloads_version v on v.product_id = p.id
				left join downloads_file f on f.version_id = v.id
				where (cast(:only as uuid) is null or p.id = :only)
				order by lower(p.name), v.released_at desc, v.version desc, f.platform, f.name""")
			.param("only", only == null ? null : only.value()).query(rs -> {
				Product product = products.computeIfAbsent(uuid(rs, "product_id"),
						id -> new Product(id, string(rs, "product_name"), string(rs, "description"), new LinkedHashMap<>()));
				UUID versionId = rs.getObject("version_id", UUID.class);
				if (versionId == null) {
					return;
				}
				Version version = product.versions().computeIfAbsent(versionId, id -> version(rs, id));
				UUID fileId = rs.getObject("file_id", UUID.class);
				if (fileId != null) {
					version.files().add(new FileView(new FileId(fileId), new VersionId(versionId), rs.getString("file_name"),
							rs.getString("platform"), rs.getLong("size"), rs.getString("sha256").strip(),
							rs.getTimestamp("uploaded_at").toInstant()));
				}
			});
		return products.values().stream().map(Product::view).toList();
	}

	Optional<UUID> productNamed(String name) {
		return jdbc.sql("select id from downloads_product where lower(name) = lower(:name)").param("name", name.strip())
			.query(UUID.class).optional();
	}

	/** The product a file belongs to (for access checks), empty for no such file. */
	Optional<ProductId> productOfFile(FileId file) {
		return jdbc.sql("""
				select v.product_id from downloads_file f join downloads_version v on v.id = f.version_id
				where f.id = :file""").param("file", file.value()).query(UUID.class).optional().map(ProductId::new);
	}

	boolean watching(UserId user, ProductId product) {
		return jdbc.sql("select count(*) from downloads_watch where product_id = :product and user_id = :user")
			.param("product", product.value()).param("user", user.value()).query(Integer.class).single() > 0;
	}

	private static Version version(ResultSet rs, UUID id) {
		try {
			return new Version(new VersionView(new VersionId(id), new ProductId(uuid(rs, "product_id")), rs.getString("version"),
					Channel.valueOf(rs.getString("channel")), SupportStatus.valueOf(rs.getString("support_status")),
					rs.getString("release_notes"), rs.getTimestamp("released_at").toInstant(), List.of()), new ArrayList<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static UUID uuid(ResultSet rs, String column) {
		try {
			return rs.getObject(column, UUID.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String string(ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Product(UUID id, String name, String description, Map<UUID, Version> versions) {

		ProductView view() {
			return new ProductView(new ProductId(id), name, description,
					versions.values().stream().map(Version::view).toList(), false);
		}
	}

	private record Version(VersionView head, List<FileView> files) {

		VersionView view() {
			return new VersionView(head.id(), head.productId(), head.version(), head.channel(), head.supportStatus(),
					head.releaseNotes(), head.releasedAt(), files);
		}
	}
}
