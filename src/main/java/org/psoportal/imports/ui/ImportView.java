package org.psoportal.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.stream.Collectors;
import org.psoportal.imports.internal.ImportFileReader;
import org.psoportal.imports.internal.ImportKind;
import org.psoportal.imports.internal.ImportPreview;
import org.psoportal.imports.internal.ImportRow;
import org.psoportal.imports.internal.ImportService;
import org.psoportal.imports.internal.ImportTemplates;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The head's bulk import: pick what to import, download a template, upload a file, read the preview (per row:
 * create, update, unchanged or refused and why), then import. The import runs on a thread of its own (with the
 * head's security context, so the services check and audit the head) and reports its progress through server push.
 */
@Route("admin/import")
@RolesAllowed(Role.Names.HEAD)
@Menu(title = "nav.import", order = 83, icon = "vaadin:upload")
public class ImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ImportService imports;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final Paragraph columns = new Paragraph();
    private final Div templates = new Div();
    private final Span fileMessage = new Span();
    private final H2 previewTitle = new H2();
    private final Span counts = new Span();
    private final Checkbox onlyRefused = new Checkbox();
    private final Button apply = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span result = new Span();
    private final Grid<ImportRow> grid = new Grid<>();
    private transient ImportPreview preview;
    private volatile ImportKind selected = ImportKind.PEOPLE;

    public ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("pso-view");
        setSizeFull();

        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.PEOPLE);
        kind.setId("import-kind");
        kind.addValueChangeListener(e -> kindChanged());

        Upload upload = new Upload((UploadHandler) event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes(ImportFileReader.MAX_BYTES + 1);
            }
            String name = event.getFileName();
            ImportKind what = selected; // the upload's request does not hold the UI lock
            try {
                ImportPreview read = imports.preview(what, name, data);
                event.getUI().accessSynchronously(() -> showPreview(read));
            } catch (UserMessageException ex) {
                String reason = event.getUI().getTranslation(ex.messageKey(), ex.args());
                event.reject(reason);
                event.getUI().accessSynchronously(() -> showFileRefused(reason));
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportFileReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv");
        upload.setUploadButton(new Button(getTranslation("import.upload")));
        upload.setId("import-upload");
        upload.addFileRejectedListener(e -> showFileRefused(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());

        fileMessage.setId("import-file-message");
        fileMessage.getElement().setAttribute("role", "alert");
        fileMessage.addClassName("pso-upload-refused");
        fileMessage.setVisible(false);

        counts.setId("import-counts");
        onlyRefused.setLabel(getTranslation("import.onlyRefused"));
        onlyRefused.addValueChangeListener(e -> showRows());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("import-apply");
        apply.addClickListener(e -> startImport());
        progress.setId("import-progress");
        progress.setVisible(false);
        result.setId("import-result");
        result.getElement().setAttribute("role", "status");

        grid.setId("import-rows");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // reasons and long e-mails are read whole
        grid.addColumn(ImportRow::line)
                .setHeader(getTranslation("import.col.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("import.outcome." + r.outcome().name()))
                .setHeader(getTranslation("import.col.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.value(preview.kind().keyColumn())).setHeader(getTranslation("import.col.key"));
        grid.addColumn(r -> r.reasonKey() == null ? "" : getTranslation(r.reasonKey(), r.reasonArgs()))
                .setHeader(getTranslation("import.col.reason"))
                .setFlexGrow(3);
        grid.setPartNameGenerator(r -> r.refused() ? "pso-import-refused" : null);

        columns.addClassName("pso-hint");
        HorizontalLayout choose = new HorizontalLayout(kind, templates, upload);
        choose.setAlignItems(Alignment.CENTER);
        choose.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(counts, onlyRefused, apply);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        grid.setMinHeight("20rem");
        add(
                new H1(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro") + " " + getTranslation("import.passwords")),
                choose,
                columns,
                fileMessage,
                previewTitle,
                actions,
                progress,
                result,
                grid);
        setFlexGrow(1, grid);
        kindChanged();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("kind").ifPresent(k -> {
            try {
                kind.setValue(ImportKind.valueOf(k));
            } catch (IllegalArgumentException ignored) {
                // an unknown kind in a hand-typed link: stay with people
            }
        });
    }

    private void kindChanged() {
        ImportKind k = kind.getValue();
        selected = k;
        columns.setText(getTranslation(
                "import.columns",
                k.columns().stream()
                        .map(c -> c.name() + (c.required() ? "*" : "") + " (" + c.description() + ")")
                        .collect(Collectors.joining("; "))));
        templates.removeAll();
        templates.add(template(k, false), new Span(" · "), template(k, true));
        clearPreview();
    }

    private Anchor template(ImportKind k, boolean excel) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = excel ? ImportTemplates.xlsx(k) : ImportTemplates.csv(k);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            ImportTemplates.fileName(k, excel),
                            excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
                            bytes.length);
                }),
                getTranslation(excel ? "import.template.xlsx" : "import.template.csv"));
        a.setId(excel ? "import-template-xlsx" : "import-template-csv");
        return a;
    }

    private void clearPreview() {
        preview = null;
        fileMessage.setVisible(false);
        previewTitle.setVisible(false);
        counts.setVisible(false);
        onlyRefused.setVisible(false);
        apply.setVisible(false);
        progress.setVisible(false);
        result.setText("");
        grid.setVisible(false);
    }

    private void showFileRefused(String reason) {
        clearPreview();
        fileMessage.setText(reason);
        fileMessage.setVisible(true);
    }

    private void showPreview(ImportPreview read) {
        clearPreview();
        preview = read;
        previewTitle.setText(
                getTranslation("import.previewOf", read.fileName(), read.rows().size()));
        previewTitle.setVisible(true);
        counts.setText(countsText(read));
        counts.setVisible(true);
        onlyRefused.setVisible(true);
        long toDo = read.count(ImportRow.Outcome.CREATE) + read.count(ImportRow.Outcome.UPDATE);
        apply.setText(toDo == 0 ? getTranslation("import.nothingToDo") : getTranslation("import.apply", toDo));
        apply.setEnabled(toDo > 0);
        apply.setVisible(true);
        grid.setVisible(true);
        showRows();
    }

    private String countsText(ImportPreview p) {
        return getTranslation(
                "import.counts",
                p.count(ImportRow.Outcome.CREATE),
                p.count(ImportRow.Outcome.UPDATE),
                p.count(ImportRow.Outcome.UNCHANGED),
                p.count(ImportRow.Outcome.REFUSED));
    }

    private void showRows() {
        if (preview != null) {
            // refused rows first: they are what the head has to act on; otherwise in the file's order
            grid.setItems(preview.rows().stream()
                    .filter(r -> !onlyRefused.getValue() || r.refused())
                    .sorted(java.util.Comparator.comparing((ImportRow r) -> !r.refused())
                            .thenComparingLong(ImportRow::line))
                    .toList());
        }
    }

    /** Imports on a thread of its own; the page shows the progress and then what every row did. */
    private void startImport() {
        ImportPreview toApply = preview;
        UI ui = UI.getCurrent();
        apply.setEnabled(false);
        kind.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        result.setText(getTranslation("import.applying"));
        Runnable work = () -> {
            long[] lastShown = {0};
            ImportPreview done = imports.apply(toApply, (n, total) -> {
                long now = System.nanoTime();
                if (n == total || now - lastShown[0] > 200_000_000L) { // at most five updates a second
                    lastShown[0] = now;
                    ui.access(() -> progress.setValue(total == 0 ? 1 : (double) n / total));
                }
            });
            ui.access(() -> showResult(done));
        };
        Thread.ofVirtual()
                .name("import")
                .start(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void showResult(ImportPreview done) {
        preview = done;
        progress.setValue(1);
        kind.setEnabled(true);
        apply.setVisible(false);
        counts.setText(countsText(done));
        result.setText(getTranslation(
                "import.done",
                done.fileName(),
                done.count(ImportRow.Outcome.CREATE),
                done.count(ImportRow.Outcome.UPDATE),
                done.count(ImportRow.Outcome.UNCHANGED),
                done.count(ImportRow.Outcome.REFUSED)));
        showRows();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
