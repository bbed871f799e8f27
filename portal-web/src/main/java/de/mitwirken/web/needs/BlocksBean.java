package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.BlockFilter;
import de.mitwirken.needs.boundary.Moderation;
import de.mitwirken.needs.boundary.Moderation.BlockList;
import de.mitwirken.needs.entity.ParticipationBlock;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The blocked people: filtered by state (applies now, ran out, lifted), for good or until a date, who blocked and
 * name, through URL parameters (bookmarkable); a block that applies is lifted here with a note for the person.
 */
@Named
@ViewScoped
public class BlocksBean implements Serializable {

    @Inject
    Moderation moderation;

    private BlockFilter filter = BlockFilter.CURRENT;
    private BlockList list;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void init() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String state = request.getParameter("state");
        Long page = UrlParams.id(request.getParameter("page"));
        filter = new BlockFilter("ALL".equals(state) ? null
                : Objects.requireNonNullElse(UrlParams.enumOf(ParticipationBlock.State.class, state), ParticipationBlock.State.CURRENT),
                UrlParams.enumOf(BlockFilter.Kind.class, request.getParameter("kind")), request.getParameter("by"),
                request.getParameter("q"), page == null ? 0 : (int) Math.min(page - 1, 100_000));
        load();
    }

    private void load() {
        list = moderation.blocks(filter);
    }

    /** Lifts the block of the row; index is the row's place, for the message at its note field. */
    public void lift(long blockId, int index) {
        try {
            moderation.lift(blockId, notes.get(blockId));
            notes.remove(blockId);
            Pages.info("moderation.blocks.lifted");
            load();
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("blocks:" + index + ":lift:liftNote", key));
        } catch (NotAllowed e) {
            Pages.refused(e);
            load();
        } catch (NotFoundException e) {
            Pages.error(null, "moderation.gone");
            load();
        }
    }

    public BlockList getList() {
        return list;
    }

    public BlockFilter getFilter() {
        return filter;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public List<ParticipationBlock.State> getStates() {
        return List.of(ParticipationBlock.State.values());
    }

    public List<BlockFilter.Kind> getKinds() {
        return List.of(BlockFilter.Kind.values());
    }

    /** The state chosen in the form: "ALL" for every state. */
    public String getChosenState() {
        return filter.state() == null ? "ALL" : filter.state().name();
    }

    public boolean chosen(Object current, Object value) {
        return current != null && Objects.equals(String.valueOf(current), String.valueOf(value));
    }

    /** The address of another page of the same filter. */
    public String pageLink(int page) {
        StringBuilder link = new StringBuilder("?state=").append(getChosenState());
        if (filter.kind() != null) {
            link.append("&kind=").append(filter.kind());
        }
        if (filter.blockedBy() != null) {
            link.append("&by=").append(URLEncoder.encode(filter.blockedBy(), StandardCharsets.UTF_8));
        }
        if (filter.name() != null) {
            link.append("&q=").append(URLEncoder.encode(filter.name(), StandardCharsets.UTF_8));
        }
        return link.append("&page=").append(page).toString();
    }
}
