package org.carefeed.choice.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.carefeed.events.Coordinates;
import org.carefeed.events.PostalAddress;

/**
 * What the directory says about a provider, as published: one organisation's rows, or a provider's
 * organisations merged (see {@link #merge}).
 *
 * @param otherNames names other files give the same provider, so that search finds it by any of them
 * @param parentCode public identifier of the organisation it belongs to
 */
record DirectoryEntry(
        String type,
        String subType,
        String sector,
        String name,
        PostalAddress address,
        Coordinates location,
        String parentCode,
        String parentName,
        List<String> phones,
        List<String> emails,
        String website,
        List<String> otherNames) {

    DirectoryEntry {
        phones = phones == null ? List.of() : phones.stream().sorted().toList();
        emails = emails == null ? List.of() : emails.stream().sorted().toList();
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }

    /**
     * One entry from the entries of a provider's organisations, given most authoritative first: each
     * detail from the first that has it, contacts from all, every distinct name kept.
     */
    static DirectoryEntry merge(List<DirectoryEntry> entries) {
        DirectoryEntry first = entries.get(0);
        if (entries.size() == 1) {
            return first;
        }
        Set<String> phones = new TreeSet<>();
        Set<String> emails = new TreeSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (DirectoryEntry entry : entries) {
            phones.addAll(entry.phones());
            emails.addAll(entry.emails());
            names.add(entry.name());
            names.addAll(entry.otherNames());
        }
        names.remove(first.name());
        PostalAddress address = entries.stream().map(DirectoryEntry::address)
                .filter(a -> a != null && (!a.lines().isEmpty() || a.postcode() != null)).findFirst()
                .orElse(first.address());
        return new DirectoryEntry(first.type(), firstOf(entries, DirectoryEntry::subType),
                firstOf(entries, DirectoryEntry::sector), first.name(), address,
                firstOf(entries, DirectoryEntry::location), firstOf(entries, DirectoryEntry::parentCode),
                firstOf(entries, DirectoryEntry::parentName), new ArrayList<>(phones), new ArrayList<>(emails),
                firstOf(entries, DirectoryEntry::website), new ArrayList<>(names));
    }

    private static <T> T firstOf(List<DirectoryEntry> entries, Function<DirectoryEntry, T> field) {
        return entries.stream().map(field).filter(value -> value != null).findFirst().orElse(null);
    }

    /** Every name, folded for searching. */
    List<String> nameKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(Names.fold(name));
        otherNames.stream().map(Names::fold).filter(key -> !keys.contains(key)).forEach(keys::add);
        return keys;
    }
}
