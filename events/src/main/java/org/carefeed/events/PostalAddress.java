package org.carefeed.events;

import java.util.List;

/**
 * A provider's address as published.
 *
 * @param lines    the street lines, without empty ones
 * @param town     town or city, or null
 * @param county   county, or null
 * @param postcode postcode as published, or null
 */
public record PostalAddress(List<String> lines, String town, String county, String postcode) {

    public PostalAddress {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
