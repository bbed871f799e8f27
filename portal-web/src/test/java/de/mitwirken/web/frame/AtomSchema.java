package de.mitwirken.web.frame;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The checks of a feed document the tests share: Jing against RFC 4287's RELAX NG schema (atom.rnc beside this
 * class, Appendix B of the RFC) and Rome reading it back.
 */
public final class AtomSchema {

    private AtomSchema() {
    }

    /** The schema errors of a document; none for valid Atom. */
    public static List<String> errors(byte[] document) {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are no violations of the schema
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            URL schema = AtomSchema.class.getResource("atom.rnc");
            if (schema == null || !driver.loadSchema(new InputSource(schema.toExternalForm()))) {
                throw new IllegalStateException("atom.rnc does not load: " + errors);
            }
            driver.validate(new InputSource(new ByteArrayInputStream(document)));
        } catch (java.io.IOException | org.xml.sax.SAXException e) {
            errors.add(e.toString());
        }
        return errors;
    }

    /** The document as Rome reads it. */
    public static Feed parse(byte[] document) {
        try {
            return (Feed) new WireFeedInput().build(new InputStreamReader(new ByteArrayInputStream(document),
                    StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("Rome cannot read the feed", e);
        }
    }
}
