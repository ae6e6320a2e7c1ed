package fr.vigie.organisation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.vigie.identity.Role;
import fr.vigie.organisation.AuditorManagement;
import jakarta.annotation.security.RolesAllowed;

/** Imports auditors from a CSV file, after a preview. */
@Route("auditors/import")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.ADMIN })
class AuditorImportView extends Main implements HasDynamicTitle {

	AuditorImportView(AuditorManagement auditors) {
		addClassName("page");
		add(new RouterLink(getTranslation("auditors.back"), AuditorListView.class));
		add(new H1(getTranslation("auditors.import.title")));
		add(new Paragraph(getTranslation("auditors.import.help")));
		add(new ImportPanel(auditors::previewImport, auditors::importAuditors,
				(result) -> getUI().ifPresent((ui) -> ui.navigate(AuditorListView.class))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("auditors.import.title") + " · " + getTranslation("app.name");
	}

}
