package org.carefeed.choice.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.carefeed.choice.review.PublishedReviews;
import org.carefeed.platform.xml.XmlText;
import org.springframework.stereotype.Component;

/**
 * Writes a feed page as Atom 1.0 (RFC 4287), paged by RFC 5005's links, with the licence in
 * {@code <rights>} and as an RFC 4946 {@code license} link. What Atom has no element for (the rating, the
 * service, the provider's response) is in Carefeed's own namespace, which readers that do not know it
 * skip. Every text and attribute goes through {@link XmlText}, so stored text that XML cannot hold still
 * makes a well-formed document.
 */
@Component
class AtomWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CAREFEED = FeedScope.TAG + "ns/feeds";
    static final String PROVIDER_SCHEME = FeedScope.TAG + "scheme/provider";
    static final String RATING_SCHEME = FeedScope.TAG + "scheme/rating";

    // The JDK's own writer, whatever else is on the class path: its escaping is what was tested.
    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    byte[] write(FeedPage page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.setPrefix("cf", CAREFEED);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeNamespace("cf", CAREFEED);
            xml.writeAttribute("xml:lang", "en-GB");
            text(xml, "id", page.scope().id());
            textElement(xml, "title", page.scope().title());
            textElement(xml, "subtitle",
                    "Published patient reviews, newest first, with the providers' responses.");
            text(xml, "updated", page.updated().toString());
            textElement(xml, "rights", "Patients' reviews and providers' responses: " + page.licence().name()
                    + ", " + page.licence().url());
            FeedPage.Links links = page.links();
            link(xml, "self", FeedPage.ATOM, links.self());
            link(xml, "first", FeedPage.ATOM, links.first());
            if (links.next() != null) {
                link(xml, "next", FeedPage.ATOM, links.next());
            }
            link(xml, "alternate", FeedPage.JSON_FEED, links.json());
            if (links.api() != null) {
                link(xml, "alternate", "application/json", links.api());
            }
            link(xml, "license", null, page.licence().url());
            text(xml, "generator", "Carefeed");
            for (FeedPage.Entry entry : page.entries()) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write an Atom feed", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, FeedPage.Entry entry) throws XMLStreamException {
        PublishedReviews.Item review = entry.review();
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", entry.id());
        textElement(xml, "title", review.title());
        text(xml, "published", review.publishedAt().toString());
        text(xml, "updated", review.lastChangedAt().toString());
        xml.writeStartElement(ATOM, "author");
        text(xml, "name", review.displayName());
        xml.writeEndElement();
        category(xml, PROVIDER_SCHEME, review.providerCode(), entry.providerName());
        category(xml, RATING_SCHEME, String.valueOf(review.rating()), review.rating() + " out of 5 stars");
        textElement(xml, "content", review.text());
        extension(xml, "providerCode", review.providerCode());
        extension(xml, "rating", String.valueOf(review.rating()));
        extension(xml, "serviceName", review.serviceName());
        extension(xml, "visitMonth", review.visitMonth());
        extension(xml, "authorRole", review.authorRole());
        PublishedReviews.Response response = review.response();
        if (response != null) {
            xml.writeStartElement(CAREFEED, "response");
            attribute(xml, "responderName", response.responderName());
            attribute(xml, "published", response.firstPublishedAt());
            attribute(xml, "updated", response.lastPublishedAt());
            characters(xml, response.text());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** An Atom text construct holding plain text. */
    private static void textElement(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeAttribute("type", "text");
        characters(xml, value);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        characters(xml, value);
        xml.writeEndElement();
    }

    private static void extension(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement(CAREFEED, name);
            characters(xml, value);
            xml.writeEndElement();
        }
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        attribute(xml, "href", href);
    }

    private static void category(XMLStreamWriter xml, String scheme, String term, String label)
            throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("scheme", scheme);
        attribute(xml, "term", term);
        if (label != null) {
            attribute(xml, "label", label);
        }
    }

    private static void attribute(XMLStreamWriter xml, String name, Instant value) throws XMLStreamException {
        attribute(xml, name, value.toString());
    }

    /** Attributes hold one-line names, codes, times and links. */
    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlText.of(value));
    }

    /**
     * Text exactly as stored: a parser reads a carriage return as a line feed unless it is written as a
     * character reference, so it is written as one.
     */
    private static void characters(XMLStreamWriter xml, String value) throws XMLStreamException {
        String text = XmlText.of(value);
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            xml.writeCharacters(text.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(text.substring(from));
    }
}
