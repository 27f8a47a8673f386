package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.Locale;
import org.psoportal.admintasks.internal.Priority;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.shared.ui.TimeFormats;

/**
 * Draws a whole card in the browser from a few JSON properties, so a card costs the server no components, no
 * elements and no listeners: the column's grid sends the properties of the shown cards and forgets them. User text
 * (title, project code, assignee) goes through Lit bindings, which escape it. The "⋮" button opens the column's
 * context menu for that row by firing the same {@code contextmenu} event a right click or the Menu key fires, so
 * mouse, keyboard and touch users reach the same actions.
 */
final class BoardCardRenderer {

    private static final String TEMPLATE = """
            <div class="pso-card${item.overdue ? ' pso-card-overdue' : ''}" id="card-${item.id}" \
            data-card-id="${item.id}">\
            <div class="pso-card-tags">\
            <span class="pso-card-badge pso-card-project">${item.code}</span>\
            <span class="pso-card-badge pso-card-type">${item.type}</span>\
            <span class="pso-card-badge ${item.prioClass}" ?hidden="${!item.prio}">${item.prio}</span>\
            </div>\
            <button class="pso-card-title" @click="${open}">${item.title}</button>\
            <div class="pso-card-footer">\
            <span class="${item.overdue ? 'pso-card-due-overdue' : 'pso-card-due'}" title="${item.dueTitle}" \
            ?hidden="${!item.due}">${item.due}</span>\
            <span class="pso-card-checklist" title="${item.checkTitle}" ?hidden="${!item.check}">\
            <vaadin-icon icon="vaadin:check-square-o"></vaadin-icon><span>${item.check}</span></span>\
            <span class="pso-card-clock ${item.clockClass}" ?hidden="${!item.clock}">${item.clock}</span>\
            <span class="pso-card-spacer"></span>\
            <span class="pso-card-avatar" role="img" title="${item.assignee}" aria-label="${item.assignee}" \
            ?hidden="${!item.assignee}">${item.initials}</span>\
            <button class="pso-card-menu" aria-label="${item.menuLabel}" aria-haspopup="menu" \
            @click="${e => { e.stopPropagation(); const r = e.currentTarget.getBoundingClientRect(); \
            e.currentTarget.dispatchEvent(new MouseEvent('contextmenu', {bubbles: true, composed: true, \
            cancelable: true, clientX: r.left, clientY: r.bottom})); }}">⋮</button>\
            </div></div>""";

    private BoardCardRenderer() {}

    /** The renderer; {@code owner} translates, dates in {@code locale}; the title button opens the card. */
    static LitRenderer<TaskCard> create(Component owner, Locale locale, BoardCardActions actions) {
        // a due date of another year (long overdue) shows its year
        LocalDate today = LocalDate.now();
        String overdue = owner.getTranslation("board.card.overdue");
        return LitRenderer.<TaskCard>of(TEMPLATE)
                .withProperty("id", TaskCard::id)
                .withProperty("title", TaskCard::title)
                .withProperty("code", TaskCard::projectCode)
                .withProperty("type", c -> owner.getTranslation(c.type().labelKey()))
                .withProperty(
                        "prio",
                        c -> c.priority() == Priority.NORMAL
                                ? ""
                                : owner.getTranslation(c.priority().labelKey()))
                .withProperty(
                        "prioClass", c -> "pso-priority-" + c.priority().name().toLowerCase(Locale.ROOT))
                .withProperty("overdue", TaskCard::overdue)
                .withProperty(
                        "due",
                        c -> c.dueDate() == null
                                ? ""
                                : owner.getTranslation("board.card.due", TimeFormats.shortDate(c.dueDate(), today)))
                .withProperty("dueTitle", c -> c.overdue() ? overdue : "")
                .withProperty("check", c -> c.checklistTotal() == 0 ? "" : c.checklistDone() + "/" + c.checklistTotal())
                .withProperty(
                        "checkTitle",
                        c -> c.checklistTotal() == 0
                                ? ""
                                : owner.getTranslation("board.card.checklist", c.checklistDone(), c.checklistTotal()))
                .withProperty("clock", c -> ClockText.of(c.clock(), owner::getTranslation))
                .withProperty("clockClass", c -> ClockText.toneClass(c.clock()))
                .withProperty("assignee", c -> c.assigneeName() == null ? "" : c.assigneeName())
                .withProperty("initials", c -> c.assigneeInitials() == null ? "" : c.assigneeInitials())
                .withProperty("menuLabel", c -> owner.getTranslation("board.card.menu", c.title()))
                .withFunction("open", actions::open);
    }
}
