package org.carefeed.platform.web;

import java.util.List;

/**
 * The shape of every Carefeed list endpoint: the items, an opaque cursor for the next page (null on
 * the last page), and how many items there are in all, where that is cheap to know (else null).
 * Clients pass the cursor back unchanged as {@code ?cursor=}.
 */
public record ListPage<T>(List<T> items, String next, Long total) {

    public ListPage {
        items = List.copyOf(items);
    }
}
