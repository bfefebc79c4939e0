package com.skyorders.address;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A customer's addresses, on one handle (a plain class on the order path: see docs/ARCHITECTURE.md, "Data access").
 * Every query is scoped by user_id: another customer's address simply does not exist.
 */
public final class AddressBookDao {

    private static final String COLUMNS = "SELECT id, user_id, consignee, sex, phone, province_code, province_name, "
            + "city_code, city_name, district_code, district_name, detail, label, is_default FROM address_book ";
    private static final RowMapper<AddressBook> ADDRESS = (rs, ctx) -> new AddressBook(
            rs.getLong("id"),
            rs.getLong("user_id"),
            rs.getString("consignee"),
            rs.getString("sex"),
            rs.getString("phone"),
            rs.getString("province_code"),
            rs.getString("province_name"),
            rs.getString("city_code"),
            rs.getString("city_name"),
            rs.getString("district_code"),
            rs.getString("district_name"),
            rs.getString("detail"),
            rs.getString("label"),
            rs.getInt("is_default"));

    private final Handle handle;

    public AddressBookDao(Handle handle) {
        this.handle = handle;
    }

    long insert(long userId, NewAddress a) {
        return handle.createUpdate("INSERT INTO address_book (user_id, consignee, sex, phone, province_code, "
                        + "province_name, city_code, city_name, district_code, district_name, detail, label, "
                        + "is_default) VALUES (:userId, :consignee, :sex, :phone, :provinceCode, :provinceName, "
                        + ":cityCode, :cityName, :districtCode, :districtName, :detail, :label, 0)")
                .bind("userId", userId)
                .bindMethods(a) // :consignee … :label, by the record's accessors
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Rewrites an address of this customer's (province, city and district included); 0 when it is not theirs. */
    int update(long userId, long id, NewAddress a) {
        return handle.createUpdate("UPDATE address_book SET consignee = :consignee, sex = :sex, phone = :phone, "
                        + "province_code = :provinceCode, province_name = :provinceName, city_code = :cityCode, "
                        + "city_name = :cityName, district_code = :districtCode, district_name = :districtName, "
                        + "detail = :detail, label = :label WHERE id = :id AND user_id = :userId")
                .bind("id", id)
                .bind("userId", userId)
                .bindMethods(a) // :consignee … :label, by the record's accessors
                .execute();
    }

    /** Deletes an address of this customer's; 0 when it is not theirs. A deleted default leaves none default. */
    int delete(long userId, long id) {
        return handle.createUpdate("DELETE FROM address_book WHERE id = :id AND user_id = :userId")
                .bind("id", id)
                .bind("userId", userId)
                .execute();
    }

    int count(long userId) {
        return handle.createQuery("SELECT COUNT(*) FROM address_book WHERE user_id = :userId")
                .bind("userId", userId)
                .mapTo(Integer.class)
                .one();
    }

    List<AddressBook> list(long userId) {
        return handle.createQuery(COLUMNS + "WHERE user_id = :userId ORDER BY is_default DESC, id DESC")
                .bind("userId", userId)
                .map(ADDRESS)
                .list();
    }

    public Optional<AddressBook> find(long userId, long id) {
        return handle.createQuery(COLUMNS + "WHERE id = :id AND user_id = :userId")
                .bind("userId", userId)
                .bind("id", id)
                .map(ADDRESS)
                .findOne();
    }

    Optional<AddressBook> findDefault(long userId) {
        return handle.createQuery(COLUMNS + "WHERE user_id = :userId AND is_default = 1 LIMIT 1")
                .bind("userId", userId)
                .map(ADDRESS)
                .findOne();
    }

    /** Makes {@code id} the only default in one statement, so no moment shows two defaults or none. */
    int setDefault(long userId, long id) {
        return handle.createUpdate("UPDATE address_book SET is_default = (id = :id) WHERE user_id = :userId")
                .bind("userId", userId)
                .bind("id", id)
                .execute();
    }
}
