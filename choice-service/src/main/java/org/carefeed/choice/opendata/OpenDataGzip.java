package org.carefeed.choice.opendata;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gzips the open data for clients that accept it, and says {@code Vary: Accept-Encoding} either way.
 *
 * <p>Done here rather than by Tomcat's {@code server.compression}: Tomcat does not compress a response
 * with a strong ETag (its bytes would then differ under the same ETag), and every open data response has
 * one. Here the gzipped body gets an ETag of its own instead: {@link ConditionalReads} puts
 * {@link #willCompress} into the hash, so the plain and the gzipped body are two strong validators, each
 * naming its own bytes, and a client's If-None-Match matches only the variant it holds.
 */
@Component
// After the rate limit: a refusal is small; what MVC writes is what is compressed.
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class OpenDataGzip extends OncePerRequestFilter {

    /** Whether this request's answer will be gzipped: open data, to a client that accepts gzip. */
    static boolean willCompress(HttpServletRequest request) {
        return OpenDataPaths.isOpenData(request.getRequestURI()) && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    }

    /** {@code gzip}, {@code x-gzip} or {@code *}, unless with {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!(name.equals("gzip") || name.equals("x-gzip") || name.equals("*"))) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                if (parameter.startsWith("q=")) {
                    refused = parameter.matches("q=0(\\.0{0,3})?");
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !OpenDataPaths.isOpenData(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (!willCompress(request)) {
            chain.doFilter(request, response);
            return;
        }
        Gzipped gzipped = new Gzipped(response);
        chain.doFilter(request, gzipped);
        gzipped.finish();
    }

    /** Compresses whatever body is written; a response without one (a 304) goes out untouched. */
    private static final class Gzipped extends HttpServletResponseWrapper {

        private GzipStream stream;
        private PrintWriter writer;

        Gzipped(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                stream = new GzipStream(super.getOutputStream());
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
            }
            return writer;
        }

        // The length given is that of the plain body.
        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (stream != null) {
                stream.flush();
            }
            super.flushBuffer();
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (stream != null) {
                stream.finish();
            }
        }
    }

    private static final class GzipStream extends ServletOutputStream {

        private final ServletOutputStream target;
        private final GZIPOutputStream gzip;

        GzipStream(ServletOutputStream target) throws IOException {
            this.target = target;
            this.gzip = new GZIPOutputStream(target, 8192, true);
        }

        @Override
        public void write(int b) throws IOException {
            gzip.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            gzip.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            gzip.flush();
        }

        @Override
        public void close() throws IOException {
            finish();
        }

        /** Writes the gzip trailer and frees the deflater; closing the servlet's stream ends the body. */
        void finish() throws IOException {
            gzip.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
