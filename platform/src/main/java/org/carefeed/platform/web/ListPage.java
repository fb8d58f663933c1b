package org.carefeed.platform.web;

import java.util.List;

/**
 * The shape of every Carefeed list endpoint: the items, and an opaque cursor for the next page, or
 * null on the last page. Clients pass the cursor back unchanged as {@code ?cursor=}.
 */
public record ListPage<T>(List<T> items, String next) {

    public ListPage {
        items = List.copyOf(items);
    }
}
