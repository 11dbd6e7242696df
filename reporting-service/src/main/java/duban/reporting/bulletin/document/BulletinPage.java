package duban.reporting.bulletin.document;

import duban.reporting.bulletin.Bulletin;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The bulletin as one printable HTML page (template {@code bulletin/page.html}): inline CSS with A4 print styles, the
 * score chart as inline SVG, no script and nothing fetched from elsewhere. Qute escapes every value (an .html
 * template), so unit names and reasons are shown, never interpreted.
 */
@ApplicationScoped
public class BulletinPage {

    public static final String MEDIA_TYPE = "text/html;charset=UTF-8";

    @Inject
    @Location("bulletin/page.html")
    Template page;

    public String render(Bulletin bulletin) {
        return page.data("page", PageView.of(bulletin)).render();
    }
}
