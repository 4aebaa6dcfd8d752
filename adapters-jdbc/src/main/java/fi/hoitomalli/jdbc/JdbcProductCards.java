package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.catalog.ChangeNote;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCardId;
import fi.hoitomalli.catalog.ProductCardVersion;
import fi.hoitomalli.catalog.ProductCards;

/**
 * {@link ProductCards} in two tables (V3): {@code hm_product_card} holds each card's current version
 * number — the optimistic lock — and {@code hm_product_card_version} every version with its change note
 * and the card as a JSON document.
 */
final class JdbcProductCards implements ProductCards {

    private static final String VERSION_COLUMNS = "v.card_id, v.version, v.author, v.changed_at, v.reason, v.card";

    private final Jdbc jdbc;
    private final JsonColumns json;

    JdbcProductCards(Jdbc jdbc, JsonColumns json) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        this.json = Objects.requireNonNull(json, "json must not be null");
    }

    @Override
    public ProductCardVersion save(ProductCard card, long basedOnVersion, ChangeNote change) {
        Objects.requireNonNull(card, "card must not be null");
        Objects.requireNonNull(change, "change must not be null");
        checkArgument(basedOnVersion >= 0, "based-on version must not be negative: %s", basedOnVersion);
        Rows.checkId("product card", card.id().value());
        Rows.checkId("team", card.owningTeam().value());
        String subject = "product card " + card.id();
        StorableText.check("the author of " + subject, change.author());
        StorableText.check("the reason of " + subject, change.reason());
        String document = json.write(card, ProductCard.class, subject);
        ProductCardVersion saved = new ProductCardVersion(card, basedOnVersion + 1, change);
        return jdbc.inTransaction("save " + subject, subject, basedOnVersion, connection -> {
            if (basedOnVersion == 0) {
                OptimisticLock.insertFirst(connection, "INSERT INTO hm_product_card (card_id, version) VALUES (?, 1)",
                        s -> bindId(s, card.id()), subject);
            } else {
                OptimisticLock.update(connection, "UPDATE hm_product_card SET version = version + 1 "
                        + "WHERE card_id = ? AND version = ?", s -> bindId(s, card.id()), subject, basedOnVersion);
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO hm_product_card_version "
                    + "(card_id, version, owning_team, area, author, changed_at, reason, card) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, card.id().value());
                statement.setLong(2, saved.version());
                statement.setString(3, card.owningTeam().value());
                statement.setString(4, card.area().name());
                statement.setString(5, change.author());
                Rows.setInstant(statement, 6, change.at());
                statement.setString(7, change.reason());
                json.bindWritten(statement, 8, document);
                statement.executeUpdate();
            }
            return saved;
        });
    }

    @Override
    public Optional<ProductCardVersion> current(ProductCardId id) {
        Objects.requireNonNull(id, "id must not be null");
        return jdbc.inTransaction("load " + "product card " + id, connection -> Rows.first(connection,
                "SELECT " + VERSION_COLUMNS + " FROM hm_product_card c JOIN hm_product_card_version v "
                        + "ON v.card_id = c.card_id AND v.version = c.version WHERE c.card_id = ?",
                s -> bindId(s, id), this::version));
    }

    @Override
    public List<ProductCardVersion> history(ProductCardId id) {
        Objects.requireNonNull(id, "id must not be null");
        return jdbc.inTransaction("load the history of product card " + id, connection -> List.copyOf(
                Rows.list(connection, "SELECT " + VERSION_COLUMNS + " FROM hm_product_card_version v "
                        + "WHERE v.card_id = ? ORDER BY v.version", s -> bindId(s, id), this::version)));
    }

    @Override
    public List<ProductCardVersion> all() {
        return jdbc.inTransaction("load the product cards", connection -> Rows.list(connection,
                        "SELECT " + VERSION_COLUMNS + " FROM hm_product_card c JOIN hm_product_card_version v "
                                + "ON v.card_id = c.card_id AND v.version = c.version ORDER BY c.card_id",
                        s -> { }, this::version).stream()
                // the database's collation need not order as Java does; the port orders by String
                .sorted(Comparator.comparing(v -> v.card().id().value()))
                .toList());
    }

    private static int bindId(PreparedStatement statement, ProductCardId id) throws SQLException {
        statement.setString(1, id.value());
        return 1;
    }

    private ProductCardVersion version(ResultSet row) throws SQLException {
        return new ProductCardVersion(json.read(row, "card", ProductCard.class), row.getLong("version"),
                new ChangeNote(row.getString("author"), Rows.instant(row, "changed_at"), row.getString("reason")));
    }
}
