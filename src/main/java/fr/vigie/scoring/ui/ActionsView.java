package fr.vigie.scoring.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.vigie.identity.Role;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.SiteHeader;
import fr.vigie.scoring.ActionPlan;
import fr.vigie.scoring.ActionView;
import fr.vigie.scoring.Finding;
import fr.vigie.scoring.FindingFilter;
import fr.vigie.scoring.FindingGrade;
import fr.vigie.scoring.ScoringManagement;
import fr.vigie.scoring.ScoringManagement.Closure;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.GridAccessibility;
import fr.vigie.shared.ui.Notifications;
import fr.vigie.shared.ui.UploadTexts;
import jakarta.annotation.security.RolesAllowed;

/**
 * Findings and corrective actions for quality managers: regrade findings, group the
 * findings of a site into an action, start, cancel or close actions (closure evidence,
 * optional re-test), and follow before/after results. Opens on an action with
 * {@code ?action=<id>} (links in reminders).
 */
@Route("actions")
@Menu(title = "nav.actions", order = 6, icon = "vaadin:tasks")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class ActionsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

	private final ScoringManagement scoring;

	private final Grid<Finding> findings = new Grid<>();

	private final Grid<ActionView> actions;

	private final Div actionPanel = new Div();

	/** Names of the sites of the findings read so far. */
	private final Map<String, String> siteNames = new HashMap<>();

	private final ComboBox<SiteHeader> siteFilter = new ComboBox<>();

	private final Select<FindingGrade> gradeFilter = new Select<>();

	ActionsView(ScoringManagement scoring, OrganisationManagement organisation) {
		this.scoring = scoring;
		this.siteFilter.setItems(organisation.siteHeaders());
		this.actions = ActionGrids.actions(this);
		addClassNames("page", "actions-view");
		add(new H1(getTranslation("actions.pageTitle")), findingsSection(), actionsSection());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation().getQueryParameters().getSingleParameter("action").ifPresent(this::select);
	}

	/** Shows an action, wherever its row is in the list. */
	private void select(String actionId) {
		try {
			ActionView row = this.scoring.action(actionId);
			// Selected anew, so that the panel shows the action as it is now.
			this.actions.deselectAll();
			this.actions.select(row);
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	private Section findingsSection() {
		this.findings.setSelectionMode(Grid.SelectionMode.MULTI);
		this.findings.addColumn(Finding::reference)
			.setHeader(getTranslation("actions.reference"))
			.setSortProperty("reference")
			.setFlexGrow(0)
			.setWidth("7em");
		this.findings.addColumn((finding) -> this.siteNames.getOrDefault(finding.siteId(), finding.siteId()))
			.setHeader(getTranslation("dashboard.site"));
		this.findings.addColumn((finding) -> getTranslation(finding.grade().messageKey()))
			.setHeader(getTranslation("actions.grade"));
		this.findings.addColumn((finding) -> finding.itemRef() + " " + finding.itemName())
			.setHeader(getTranslation("actions.item"))
			.setFlexGrow(3);
		this.findings.addColumn((finding) -> getTranslation(finding.channel().messageKey()))
			.setHeader(getTranslation("dashboard.channel"));
		this.findings.addColumn((finding) -> Texts.date(finding.observedOn()))
			.setHeader(getTranslation("siteResults.date"))
			.setSortProperty("observedOn");
		this.findings.addColumn(Finding::comment).setHeader(getTranslation("actions.comment")).setFlexGrow(3);
		this.findings.setAriaLabel(getTranslation("actions.findings"));
		this.findings.addClassName("findings-grid");
		GridAccessibility.hideSizerRow(this.findings);
		// A page of findings at a time, read by the store; identified by id so that a
		// selection holds across pages.
		this.findings.setItems(new CallbackDataProvider<Finding, Void>((query) -> {
			List<Finding> page = this.scoring.unassignedFindings(findingFilter(), query.getOffset(), query.getLimit(),
					VaadinSpringDataHelpers.toSpringDataSort(query));
			List<String> unknown = page.stream()
				.map(Finding::siteId)
				.filter((siteId) -> !this.siteNames.containsKey(siteId))
				.distinct()
				.toList();
			if (!unknown.isEmpty()) {
				this.siteNames.putAll(this.scoring.siteNames(unknown));
			}
			return page.stream();
		}, (query) -> (int) this.scoring.unassignedFindingCount(findingFilter()), Finding::id));

		Select<FindingGrade> grade = new Select<>();
		grade.setLabel(getTranslation("actions.grade"));
		grade.setItems(FindingGrade.values());
		grade.setItemLabelGenerator((value) -> getTranslation(value.messageKey()));
		Button regrade = new Button(getTranslation("actions.regrade"), (click) -> {
			try {
				for (Finding finding : this.findings.getSelectedItems()) {
					this.scoring.regrade(finding.id(), grade.getValue(), finding.version());
				}
				Notifications.success(this, "actions.regraded");
				refresh();
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		Div regrading = new Div(grade, regrade);
		regrading.addClassName("inline-form");

		TextField title = new TextField(getTranslation("actions.title"));
		TextField unit = new TextField(getTranslation("actions.unit"));
		unit.setHelperText(getTranslation("actions.unit.help"));
		ComboBox<String> owner = new ComboBox<>(getTranslation("actions.owner"));
		owner.setItems(this.scoring.actionOwners());
		DatePicker due = new DatePicker(getTranslation("actions.due"));
		due.setValue(LocalDate.now().plusMonths(1));
		Button open = new Button(getTranslation("actions.open"), VaadinIcon.PLUS.create(), (click) -> {
			try {
				var action = this.scoring.openAction(
						this.findings.getSelectedItems().stream().map(Finding::id).toList(),
						new ActionPlan(title.getValue(), unit.getValue(), owner.getValue(), due.getValue()));
				Notifications.success(this, "actions.opened", action.reference());
				title.clear();
				refresh();
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		open.addThemeVariants(ButtonVariant.PRIMARY);
		FormLayout form = new FormLayout(title, unit, owner, due);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
		Section section = new Section(new H2(getTranslation("actions.findings")),
				new Paragraph(getTranslation("actions.findings.help")), findingFilters(), this.findings, regrading,
				new H2(getTranslation("actions.new")), form, open);
		section.addClassName("dashboard-section");
		return section;
	}

	/** Narrowing a national list: one site's findings, to answer them with one action. */
	private Div findingFilters() {
		this.siteFilter.setLabel(getTranslation("actions.filter.site"));
		this.siteFilter.setItemLabelGenerator(SiteHeader::name);
		this.siteFilter.setClearButtonVisible(true);
		this.siteFilter.setMinWidth("18em");
		this.siteFilter.setPlaceholder(getTranslation("actions.filter.anySite"));
		this.gradeFilter.setLabel(getTranslation("actions.filter.grade"));
		this.gradeFilter.setItems(FindingGrade.values());
		this.gradeFilter.setEmptySelectionAllowed(true);
		this.gradeFilter.setEmptySelectionCaption(getTranslation("actions.filter.anyGrade"));
		this.gradeFilter.setItemLabelGenerator((grade) -> (grade != null) ? getTranslation(grade.messageKey())
				: getTranslation("actions.filter.anyGrade"));
		this.siteFilter.addValueChangeListener((event) -> this.findings.getDataProvider().refreshAll());
		this.gradeFilter.addValueChangeListener((event) -> this.findings.getDataProvider().refreshAll());
		Div filters = new Div(this.siteFilter, this.gradeFilter);
		filters.addClassName("inline-form");
		return filters;
	}

	private FindingFilter findingFilter() {
		SiteHeader site = this.siteFilter.getValue();
		return new FindingFilter((site != null) ? site.id() : null, this.gradeFilter.getValue());
	}

	private Section actionsSection() {
		this.actions.addClassName("actions-grid");
		// A page of actions at a time; identified by id so that a selection holds.
		this.actions.setItems(new CallbackDataProvider<ActionView, Void>(
				(query) -> this.scoring.actions(query.getOffset(), query.getLimit()).stream(),
				(query) -> (int) this.scoring.actionCount(), (row) -> row.action().id()));
		this.actions.addSelectionListener((event) -> showPanel(event.getFirstSelectedItem().orElse(null)));
		this.actionPanel.addClassName("action-panel");
		this.actionPanel.getElement().setAttribute("aria-live", "polite");
		Section section = new Section(new H2(getTranslation("actions.list")), this.actions, this.actionPanel);
		section.addClassName("dashboard-section");
		return section;
	}

	private void showPanel(ActionView row) {
		this.actionPanel.removeAll();
		if (row == null) {
			return;
		}
		var action = row.action();
		this.actionPanel.add(new H2(getTranslation("actions.selected", action.reference(), action.title())));
		this.actionPanel.add(new Paragraph(getTranslation("actions.summary", row.siteName(),
				getTranslation(action.status().messageKey()), Texts.date(action.dueOn()),
				row.findings().stream().map(Finding::reference).collect(Collectors.joining(", ")))));
		if (action.retestChannel() != null) {
			Paragraph comparison = new Paragraph(
					getTranslation("actions.comparison", Texts.markWithSample(this, row.before()),
							(row.after() != null) ? Texts.markWithSample(this, row.after())
									: getTranslation("actions.retestOn", Texts.date(action.retestDate()))));
			comparison.addClassName("before-after");
			this.actionPanel.add(comparison);
		}
		if (action.closureNote() != null) {
			this.actionPanel.add(new Paragraph(getTranslation("actions.closedWith", action.closureNote())));
		}
		if (action.closureFileId() != null) {
			String id = action.id();
			String fileName = action.closureFileName();
			this.actionPanel.add(new Anchor(DownloadHandler.fromInputStream((event) -> {
				byte[] bytes = this.scoring.closureFile(id);
				return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), fileName,
						"application/octet-stream", bytes.length);
			}), getTranslation("actions.closureFile", fileName)));
		}
		if (!action.status().active()) {
			return;
		}
		Button start = new Button(getTranslation("actions.start"),
				(click) -> apply(() -> this.scoring.start(action.id(), action.version()), "actions.started"));
		start.setEnabled(action.status() == fr.vigie.scoring.ActionStatus.OPEN);
		Button cancel = new Button(getTranslation("actions.cancel"),
				(click) -> apply(() -> this.scoring.cancel(action.id(), action.version()), "actions.cancelled"));
		Button close = new Button(getTranslation("actions.close"), VaadinIcon.CHECK.create(),
				(click) -> closeDialog(row).open());
		close.addThemeVariants(ButtonVariant.PRIMARY);
		Div buttons = new Div(start, cancel, close);
		buttons.addClassName("page-actions");
		this.actionPanel.add(buttons);
	}

	private Dialog closeDialog(ActionView row) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("actions.close.title", row.action().reference()));
		TextArea note = new TextArea(getTranslation("actions.close.note"));
		note.setRequired(true);
		note.setWidthFull();
		byte[][] file = new byte[1][];
		String[] fileMeta = new String[2];
		Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
			file[0] = bytes;
			fileMeta[0] = metadata.fileName();
			fileMeta[1] = metadata.contentType();
		}));
		upload.setMaxFiles(1);
		upload.setMaxFileSize(10 * 1024 * 1024);
		upload.setI18n(UploadTexts.of(this, "actions.close.drop", "actions.close.add", "actions.close.wrongType", 10));
		Span uploadLabel = new Span(getTranslation("actions.close.file"));
		uploadLabel.setId("closure-file-label");
		upload.getElement().setAttribute("aria-labelledby", "closure-file-label");
		Set<Channel> channels = row.findings().stream().map(Finding::channel).collect(Collectors.toSet());
		Checkbox retest = new Checkbox(getTranslation("actions.close.retest"));
		Select<Channel> channel = new Select<>();
		channel.setLabel(getTranslation("actions.close.retestChannel"));
		List<Channel> options = new ArrayList<>(EnumSet.allOf(Channel.class));
		options.retainAll(channels);
		channel.setItems(options);
		channel.setItemLabelGenerator((value) -> getTranslation(value.messageKey()));
		if (!options.isEmpty()) {
			channel.setValue(options.get(0));
		}
		channel.setEnabled(false);
		retest.addValueChangeListener((event) -> channel.setEnabled(event.getValue()));
		Button confirm = new Button(getTranslation("actions.close.confirm"), (click) -> {
			try {
				this.scoring.close(row.action().id(), new Closure(note.getValue(), fileMeta[0], fileMeta[1], file[0],
						retest.getValue() ? channel.getValue() : null), row.action().version());
				dialog.close();
				Notifications.success(this, "actions.closed", row.action().reference());
				refresh();
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		Button dismiss = new Button(getTranslation("actions.close.dismiss"), (click) -> dialog.close());
		dialog.add(new Div(note, uploadLabel, upload, retest, channel));
		dialog.getFooter().add(dismiss, confirm);
		return dialog;
	}

	private void apply(java.util.function.Supplier<?> change, String successKey) {
		Notifications.apply(this, change, (result) -> refresh(), successKey);
	}

	private void refresh() {
		// Regraded or grouped findings come back with new versions: select again.
		this.findings.deselectAll();
		this.findings.getDataProvider().refreshAll();
		this.actions.getDataProvider().refreshAll();
		this.actions.getSelectedItems()
			.stream()
			.findFirst()
			.map((row) -> row.action().id())
			.ifPresentOrElse(this::select, this.actionPanel::removeAll);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("actions.pageTitle") + " – " + getTranslation("app.name");
	}

}
