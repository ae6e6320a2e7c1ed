package fr.vigie.organisation.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.vigie.organisation.ImportAction;
import fr.vigie.organisation.ImportPreview;
import fr.vigie.organisation.ImportProblem;
import fr.vigie.organisation.ImportResult;
import fr.vigie.organisation.ImportRow;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.GridAccessibility;
import fr.vigie.shared.ui.Notifications;

/**
 * Upload a CSV file, see every line with what importing would do and what is wrong with
 * it, exclude bad lines or upload a corrected file, then confirm. Nothing is written
 * before the confirmation; the file is checked again at that moment.
 */
class ImportPanel extends Div {

	static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	private final Function<byte[], ImportPreview> preview;

	private final BiFunction<byte[], Set<Integer>, ImportResult> confirm;

	private final Consumer<ImportResult> done;

	private final Div result = new Div();

	private final Set<Integer> excluded = new HashSet<>();

	private final Button importButton = new Button();

	private final Paragraph status = new Paragraph();

	private final Checkbox onlyProblems = new Checkbox();

	private final Grid<ImportRow> rows = GridAccessibility.hideSizerRow(new Grid<>());

	private byte[] content;

	private String fileName;

	private ImportPreview current;

	ImportPanel(Function<byte[], ImportPreview> preview, BiFunction<byte[], Set<Integer>, ImportResult> confirm,
			Consumer<ImportResult> done) {
		this.preview = preview;
		this.confirm = confirm;
		this.done = done;
		addClassName("import-panel");
		Upload upload = new Upload();
		upload.setMaxFiles(1);
		upload.setMaxFileSize(MAX_FILE_BYTES);
		upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain", "application/vnd.ms-excel");
		upload.setI18n(uploadTexts());
		upload.setUploadHandler(new BoundedUpload((name, bytes) -> {
			upload.clearFileList();
			show(name, bytes);
		}));
		upload.addFileRejectedListener((event) -> Notifications.error(this,
				new UserFacingException("import.file.rejected", event.getErrorMessage())));

		this.importButton.addThemeVariants(ButtonVariant.PRIMARY);
		this.importButton.addClickListener((click) -> confirm());
		this.onlyProblems.setLabel(getTranslation("import.onlyProblems"));
		this.onlyProblems.addValueChangeListener((event) -> refreshRows());
		this.status.addClassName("import-status");
		this.status.getElement().setAttribute("role", "status");

		this.rows.addComponentColumn(this::excludeBox)
			.setHeader(getTranslation("import.exclude"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.rows.addColumn(ImportRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
		this.rows.addComponentColumn(this::actionBadge)
			.setHeader(getTranslation("import.action"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		Grid.Column<ImportRow> key = this.rows.addColumn(ImportRow::key)
			.setHeader(getTranslation("import.key"))
			.setAutoWidth(true);
		Grid.Column<ImportRow> label = this.rows.addColumn(ImportRow::label)
			.setHeader(getTranslation("import.label"))
			.setFlexGrow(1);
		NarrowScreens.hideBelow(this, NarrowScreens.PHONE, List.of(key, label));
		this.rows.addComponentColumn(this::problems).setHeader(getTranslation("import.problems")).setFlexGrow(2);
		this.rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		this.rows.setAriaLabel(getTranslation("import.rows"));
		this.rows.setPartNameGenerator((row) -> row.valid() ? null : "row-invalid");
		this.rows.addClassName("import-rows");

		add(upload, this.result);
	}

	/**
	 * Keeps the file in memory, but never more than {@link #MAX_FILE_BYTES}: the size
	 * limit of the upload button is only a courtesy of the browser.
	 */
	private static final class BoundedUpload implements UploadHandler {

		private final java.util.function.BiConsumer<String, byte[]> received;

		BoundedUpload(java.util.function.BiConsumer<String, byte[]> received) {
			this.received = received;
		}

		@Override
		public void handleUploadRequest(UploadEvent event) throws IOException {
			byte[] bytes;
			try (InputStream in = event.getInputStream()) {
				bytes = in.readNBytes(MAX_FILE_BYTES + 1);
			}
			if (bytes.length > MAX_FILE_BYTES) {
				event.reject(event.getUI().getTranslation("import.upload.tooBig"));
				return;
			}
			String name = event.getFileName();
			event.getUI().access(() -> this.received.accept(name, bytes));
		}

		@Override
		public long getFileSizeMax() {
			return MAX_FILE_BYTES;
		}

	}

	private UploadI18N uploadTexts() {
		UploadI18N texts = new UploadI18N();
		texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button")));
		texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
		texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.tooBig"))
			.setIncorrectFileType(getTranslation("import.upload.wrongType"))
			.setTooManyFiles(getTranslation("import.upload.tooMany")));
		texts.setFile(new UploadI18N.File().setRemove(getTranslation("action.remove"))
			.setRetry(getTranslation("import.upload.retry"))
			.setStart(getTranslation("import.upload.start")));
		return texts;
	}

	private void show(String name, byte[] bytes) {
		this.content = bytes;
		this.fileName = name;
		this.excluded.clear();
		try {
			this.current = this.preview.apply(bytes);
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
			return;
		}
		this.result.removeAll();
		this.result.add(new H2(getTranslation("import.preview.title", name)));
		this.result.add(new Paragraph(getTranslation("import.summary", this.current.rows().size(),
				this.current.count(ImportAction.CREATE), this.current.count(ImportAction.UPDATE),
				this.current.count(ImportAction.UNCHANGED), this.current.count(ImportAction.INVALID))));
		if (!this.current.notices().isEmpty()) {
			UnorderedList notices = new UnorderedList();
			notices.addClassName("import-notices");
			this.current.notices().forEach((notice) -> notices.add(new ListItem(Texts.notice(this, notice))));
			this.result.add(notices);
		}
		if (!this.current.fileProblems().isEmpty()) {
			Div alert = new Div(new Paragraph(getTranslation("import.fileProblems")));
			alert.addClassName("form-error");
			alert.getElement().setAttribute("role", "alert");
			UnorderedList list = new UnorderedList();
			this.current.fileProblems().forEach((problem) -> list.add(new ListItem(located(problem))));
			alert.add(list);
			this.result.add(alert);
		}
		else {
			List<ImportProblem> problems = this.current.allProblems();
			if (!problems.isEmpty()) {
				this.result.add(problemTable(problems));
				this.onlyProblems.setValue(false);
				this.result.add(this.onlyProblems);
			}
			this.result.add(this.rows);
			refreshRows();
			this.result.add(this.status, this.importButton);
		}
		updateButton();
	}

	/**
	 * Every problem as a plain table (line, column, reason): it reads well on a phone,
	 * where reasons wrap, and screen readers announce its headers.
	 */
	private Div problemTable(List<ImportProblem> problems) {
		NativeTable table = new NativeTable();
		table.addClassName("problem-table");
		table.setCaptionText(getTranslation("import.problems.title"));
		NativeTableRow header = table.getHead().addRow();
		for (String key : new String[] { "import.line", "import.column", "import.reason" }) {
			NativeTableHeaderCell cell = header.addHeaderCell();
			cell.setText(getTranslation(key));
			cell.getElement().setAttribute("scope", "col");
		}
		for (ImportProblem problem : problems) {
			NativeTableRow row = table.getBody().addRow();
			row.addDataCell().setText(String.valueOf(problem.line()));
			row.addDataCell().setText(problem.column());
			row.addDataCell().setText(Texts.problem(this, problem));
		}
		long lines = problems.stream().map(ImportProblem::line).distinct().count();
		Div box = new Div(new H2(getTranslation("import.problems.heading", lines)), table);
		box.addClassName("import-problem-box");
		return box;
	}

	private String located(ImportProblem problem) {
		String where = problem.column().isEmpty() ? getTranslation("import.where.line", problem.line())
				: getTranslation("import.where.column", problem.line(), problem.column());
		return (problem.line() > 0 ? where + " : " : "") + Texts.problem(this, problem);
	}

	private void refreshRows() {
		List<ImportRow> shown = this.current.rows()
			.stream()
			.filter((row) -> !this.onlyProblems.getValue() || !row.valid())
			.toList();
		this.rows.setItems(shown);
	}

	private Checkbox excludeBox(ImportRow row) {
		Checkbox box = new Checkbox();
		box.setAriaLabel(getTranslation("import.exclude.aria", row.line()));
		box.setValue(this.excluded.contains(row.line()));
		box.addValueChangeListener((event) -> {
			if (event.getValue()) {
				this.excluded.add(row.line());
			}
			else {
				this.excluded.remove(row.line());
			}
			updateButton();
		});
		return box;
	}

	private Span actionBadge(ImportRow row) {
		Span badge = new Span(getTranslation(row.action().messageKey()));
		badge.addClassNames("badge", "badge-" + row.action().name().toLowerCase(java.util.Locale.ROOT));
		return badge;
	}

	private Div problems(ImportRow row) {
		Div cell = new Div();
		row.problems().forEach((problem) -> cell.add(new Div(problem.column() + " : " + Texts.problem(this, problem))));
		return cell;
	}

	private void updateButton() {
		if (this.current == null) {
			return;
		}
		long toWrite = this.current.rows()
			.stream()
			.filter((row) -> row.valid() && !this.excluded.contains(row.line()))
			.filter((row) -> row.action() != ImportAction.UNCHANGED)
			.count();
		this.importButton.setText(getTranslation("import.confirm", toWrite));
		this.importButton.setEnabled(this.current.canImport(this.excluded));
		List<ImportRow> blocking = this.current.blockingRows(this.excluded);
		if (!blocking.isEmpty()) {
			this.status.setText(getTranslation("import.blockedBy", blocking.size(),
					blocking.stream().map((row) -> String.valueOf(row.line())).collect(Collectors.joining(", "))));
		}
		else {
			this.status.setText(getTranslation("import.ready", this.excluded.size()));
		}
	}

	private void confirm() {
		try {
			ImportResult imported = this.confirm.apply(this.content, Set.copyOf(this.excluded));
			Notifications.success(this, "import.done", imported.created(), imported.updated(), imported.unchanged(),
					imported.excluded());
			this.done.accept(imported);
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
			show(this.fileName, this.content);
		}
	}

}
