package org.carefeed.choice.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.carefeed.choice.imports.BadRowException;
import org.carefeed.choice.imports.Row;
import org.carefeed.events.Coordinates;
import org.carefeed.events.PostalAddress;
import org.carefeed.events.ProviderCodes;

/**
 * The rows of one organisation in an organisation file, merged in file order: later non-empty values
 * win, phone numbers and email addresses add up (Hospital.csv has one row per phone and email).
 */
final class OrganisationRows {

    private final String organisationId;
    private String type;
    private String code;
    private String status;
    private String subType;
    private String sector;
    private String name;
    private final String[] lines = new String[3];
    private String town;
    private String county;
    private String postcode;
    private Coordinates location;
    private String parentCode;
    private String parentName;
    private String website;
    private final Set<String> phones = new TreeSet<>();
    private final Set<String> emails = new TreeSet<>();

    OrganisationRows(String organisationId) {
        this.organisationId = organisationId;
    }

    /** The organisation a row is about; the row is bad without one. */
    static String organisationIdOf(Row row) {
        return row.require("OrganisationID");
    }

    /** Adds a row, checked in full before anything of it is taken. */
    void add(Row row) {
        String rowType = ProviderTypes.fromPublished(row.require("OrganisationType"));
        String rowName = row.require("OrganisationName");
        Coordinates rowLocation = location(row);
        type = rowType;
        name = rowName;
        code = or(row.get("OrganisationCode"), code);
        status = or(row.get("OrganisationStatus"), status);
        subType = or(row.get("SubType"), subType);
        sector = or(row.get("Sector"), sector);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = or(row.get("Address" + (i + 1)), lines[i]);
        }
        town = or(row.get("City"), town);
        county = or(row.get("County"), county);
        postcode = or(postcode(row.get("Postcode")), postcode);
        location = rowLocation == null ? location : rowLocation;
        parentCode = or(parent(row.get("ParentODSCode")), parentCode);
        parentName = or(row.get("ParentName"), parentName);
        website = or(row.get("Website"), website);
        if (row.get("Phone") != null) {
            phones.add(row.get("Phone"));
        }
        if (row.get("Email") != null) {
            emails.add(row.get("Email"));
        }
    }

    String organisationId() {
        return organisationId;
    }

    String type() {
        return type;
    }

    String code() {
        return code;
    }

    /** As a published record, with a parent given by the caller, who knows where the record belongs. */
    PublishedRecord toRecord(String parent) {
        List<String> address = new ArrayList<>();
        for (String line : lines) {
            if (line != null) {
                address.add(line);
            }
        }
        DirectoryEntry entry = new DirectoryEntry(type, subType, sector, name,
                new PostalAddress(address, town, county, postcode), location, parent,
                parent != null && parent.equals(parentCode) ? parentName : null, new ArrayList<>(phones),
                new ArrayList<>(emails), website, List.of());
        return new PublishedRecord(organisationId, type, code, status, true, entry);
    }

    String parentCode() {
        return parentCode;
    }

    private static Coordinates location(Row row) {
        String latitude = row.get("Latitude");
        String longitude = row.get("Longitude");
        if (latitude == null || longitude == null) {
            return null;
        }
        try {
            double lat = Double.parseDouble(latitude);
            double lng = Double.parseDouble(longitude);
            // Some published rows carry 0,0 for "not known"; nothing we list is in the Gulf of Guinea.
            return lat == 0 && lng == 0 ? null : new Coordinates(lat, lng);
        } catch (IllegalArgumentException e) {
            throw new BadRowException("Latitude/Longitude " + latitude + "," + longitude + " is not a position");
        }
    }

    /** A parent is only taken if it is an ODS code; anything else in the column says nothing usable. */
    private static String parent(String published) {
        if (published == null) {
            return null;
        }
        String code = published.toUpperCase();
        return ProviderCodes.isValid(code) ? code : null;
    }

    static String postcode(String published) {
        return published == null ? null : published.toUpperCase().replaceAll("\\s+", " ");
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
