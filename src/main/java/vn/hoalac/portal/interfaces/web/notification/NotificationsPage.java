package vn.hoalac.portal.interfaces.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.notification.Inbox;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.application.notification.StoredNotification;
import vn.hoalac.portal.interfaces.web.shell.Formats;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The notification page: the caller's notifications newest first, each a sentence in the page's language (what
 * happened, on which record, by whom) with when it happened, unread ones marked; unread only (the default) or all, of
 * one kind (in words) or any; a page of 20 at a time (lazy); "mark all read" with the number it concerns. Opening one
 * goes through {@link OpenNotificationServlet}, which marks it read.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which notifications the list shows. */
    public enum Show { UNREAD, ALL }

    /** A notification as a row of the list. */
    public record Row(long id, String sentence, String when, String iso, boolean read, String href, String recordType,
                      String recordId) implements Serializable {
    }

    @Inject
    Inbox inbox;

    private Show show = Show.UNREAD;
    private NotificationKind kind;
    private long unread = -1;
    private LazyDataModel<Row> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Serial
            private static final long serialVersionUID = 1L;
            private transient List<Row> last = List.of();
            private long total;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) total;
            }

            @Override
            public List<Row> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
                Inbox.InboxPage page = inbox.list(show == Show.UNREAD, kind, first, pageSize);
                total = page.total();
                unread = page.unread();
                setRowCount((int) total);
                last = page.items().stream().map(NotificationsPage::row).toList();
                return last;
            }

            @Override
            public String getRowKey(Row row) {
                return String.valueOf(row.id());
            }

            @Override
            public Row getRowData(String rowKey) {
                return last.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
            }
        };
    }

    private static Row row(Inbox.Item item) {
        StoredNotification n = item.notification();
        return new Row(n.id(), PageActions.text(item.sentence()), PortalTime.dateTime(n.createdAt()),
                n.createdAt() == null ? "" : n.createdAt().toString(), n.read(), item.href(), n.recordType(), n.recordId());
    }

    /** A filter changed: back to the first page. */
    public void filter() {
        unread = -1; // read again with the list
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces.getViewRoot().findComponent("notifications:list") instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(0);
        }
    }

    public void markAllRead() {
        PageActions.attemptAndGet(inbox::markAllRead).ifPresent(n -> {
            unread = 0;
            PageActions.info(n > 0 ? PageActions.text("notifications.markedAllRead").replace("{0}", number(n))
                    : PageActions.text("notifications.noneUnread"), null);
        });
    }

    /** The number of unread notifications, read with the list (or on its own before the list is drawn). */
    public long getUnread() {
        if (unread < 0) {
            unread = inbox.unread();
        }
        return unread;
    }

    public String getMarkAllLabel() {
        return PageActions.text("notifications.markAllRead").replace("{0}", number(getUnread()));
    }

    public String getUnreadSummary() {
        long n = getUnread();
        return n == 0 ? PageActions.text("notifications.noneUnread") : PageActions.text("notifications.unreadCount").replace("{0}", number(n));
    }

    public String getEmptyMessage() {
        if (kind != null) {
            return PageActions.text("notifications.empty.kind");
        }
        return PageActions.text("notifications.empty." + show.name());
    }

    /** The kinds for the filter, each in words of the page's language, in the order of {@link NotificationKind}. */
    public List<SelectItem> getKinds() {
        return Arrays.stream(NotificationKind.values())
                .map(k -> new SelectItem(k, PageActions.text("notifications.filter." + k.name()))).toList();
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Formats.pageLocale()).format(n);
    }

    public LazyDataModel<Row> getModel() { return model; }
    public Show getShow() { return show; }
    public void setShow(Show show) { this.show = show == null ? Show.UNREAD : show; }
    public NotificationKind getKind() { return kind; }
    public void setKind(NotificationKind kind) { this.kind = kind; }
}
