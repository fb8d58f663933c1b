package org.carefeed.choice.opendata;

/** Which paths are the open data: the public API (not the admin API), the feeds and the downloads. */
public final class OpenDataPaths {

    private OpenDataPaths() {
    }

    public static boolean isOpenData(String path) {
        return path.startsWith("/feeds/") || path.equals("/downloads") || path.startsWith("/downloads/")
                || (path.startsWith("/api/") && !isAdmin(path));
    }

    public static boolean isAdmin(String path) {
        return path.equals("/api/admin") || path.startsWith("/api/admin/");
    }
}
