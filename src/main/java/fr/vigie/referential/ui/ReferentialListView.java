package fr.vigie.referential.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.vigie.identity.Role;
import fr.vigie.referential.ReferentialImportException;
import fr.vigie.referential.ReferentialLoadReport;
import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every referential version, with the files that could not be loaded and why. Quality
 * managers import YAML files here; every version can be exported.
 */
@Route("referentials")
@Menu(title = "nav.referentials", order = 30, icon = "vaadin:book")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.ADMIN })
class ReferentialListView extends Main implements HasDynamicTitle {

	private static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

	private final ReferentialManagement referentials;

	private final Grid<ReferentialVersion> grid = new Grid<>();

	private final Section problems = new Section();

	ReferentialListView(ReferentialManagement referentials, AuthenticationContext authentication) {
		this.referentials = referentials;
		addClassName("page");
		HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("referentials.title")));
		header.addClassName("page-header");
		add(header);
		if (authentication.hasRole(Role.QUALITY_MANAGER.name())) {
			add(importer());
		}

		this.grid.addComponentColumn((version) -> {
			RouterLink open = new RouterLink(version.header().name().in(getLocale()), ReferentialView.class);
			open.setQueryParameters(QueryParameters.of("id", version.id().value()));
			return open;
		})
			.setHeader(getTranslation("referential.name"))
			.setFlexGrow(3)
			.setComparator((version) -> version.header().name().fr());
		this.grid.addColumn((version) -> version.header().refId()).setHeader(getTranslation("referential.code"));
		this.grid.addColumn((version) -> version.header().version())
			.setHeader(getTranslation("referential.version"))
			.setAutoWidth(true);
		this.grid.addComponentColumn((version) -> {
			Span badge = new Span(getTranslation(version.status().messageKey()));
			badge.addClassNames("status-badge", version.isPublished() ? "status-published" : "status-draft");
			return badge;
		}).setHeader(getTranslation("referential.status")).setAutoWidth(true);
		this.grid.addColumn((version) -> getTranslation(version.origin().messageKey()))
			.setHeader(getTranslation("referential.origin"));
		this.grid.addColumn((version) -> version.items().size())
			.setHeader(getTranslation("referential.items"))
			.setAutoWidth(true);
		this.grid.addColumn((version) -> getTranslation(version.header().completeness().messageKey()))
			.setHeader(getTranslation("referential.completeness"));
		this.grid.addComponentColumn(this::exportLink).setHeader(getTranslation("grid.actions")).setAutoWidth(true);
		this.grid.setAriaLabel(getTranslation("referentials.grid"));
		this.grid.setAllRowsVisible(true);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		add(this.grid, this.problems);
		refresh();
	}

	private Div importer() {
		Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> imported(metadata.fileName(), data)));
		upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(MAX_UPLOAD_BYTES);
		upload.setUploadButton(new Button(getTranslation("referentials.import"), VaadinIcon.UPLOAD.create()));
		upload.setId("referential-import");
		UploadI18N i18n = new UploadI18N();
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("referentials.import.drop"))
			.setMany(getTranslation("referentials.import.drop")));
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("referentials.import.tooBig"))
			.setIncorrectFileType(getTranslation("referentials.import.wrongType"))
			.setTooManyFiles(getTranslation("referentials.import.tooMany")));
		upload.setI18n(i18n);
		Div box = new Div(upload, new Paragraph(getTranslation("referentials.import.help")));
		box.addClassName("referential-import");
		return box;
	}

	private void imported(String fileName, byte[] content) {
		try {
			ReferentialVersion draft = this.referentials.importYaml(fileName, content);
			Notifications.success(this, "referentials.imported", draft.id().value());
			open(draft);
		}
		catch (ReferentialImportException ex) {
			Dialog dialog = new Dialog();
			dialog.setHeaderTitle(getTranslation("referentials.import.problems.title", fileName));
			dialog.add(new Paragraph(getTranslation("referentials.import.problems.intro")),
					new ProblemList(ex.problems()));
			Button close = new Button(getTranslation("action.cancel"), (click) -> dialog.close());
			dialog.getFooter().add(close);
			dialog.open();
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	private Anchor exportLink(ReferentialVersion version) {
		String fileName = version.header().urn().replaceFirst("^urn:", "").replace(':', '-') + "-v"
				+ version.header().version() + ".yaml";
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] yaml = this.referentials.exportYaml(version.id());
			return new DownloadResponse(new ByteArrayInputStream(yaml), fileName, "application/yaml", yaml.length);
		}), getTranslation("referential.export"));
		link.getElement().setAttribute("download", fileName);
		link.getElement().setAttribute("aria-label", getTranslation("referential.export.aria", fileName));
		return link;
	}

	private void open(ReferentialVersion version) {
		UI.getCurrent().navigate(ReferentialView.class, QueryParameters.of("id", version.id().value()));
	}

	private void refresh() {
		this.grid.setItems(this.referentials.allVersions());
		this.problems.removeAll();
		this.problems.addClassName("load-problems");
		this.problems.add(new H2(getTranslation("referentials.problems.title")));
		List<ReferentialLoadReport> reports = this.referentials.loadReports();
		List<ReferentialLoadReport> rejected = reports.stream().filter(ReferentialLoadReport::rejected).toList();
		if (rejected.isEmpty()) {
			this.problems.add(new Paragraph(getTranslation("referentials.problems.none", reports.size())));
			return;
		}
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(ZoneId.of("Europe/Paris"));
		for (ReferentialLoadReport report : rejected) {
			Div file = new Div(
					new H3(getTranslation("referentials.problems.file", report.fileName(), report.problems().size())),
					new Paragraph(format.format(report.checkedAt())), new ProblemList(report.problems()));
			file.addClassName("load-problem-file");
			this.problems.add(file);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("referentials.title") + " · " + getTranslation("app.name");
	}

}
