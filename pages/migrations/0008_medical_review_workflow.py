"""The "Medical review" workflow, which the Learn and Conditions sections go through.

Its one task is a MedicalReviewTask (pages.models.workflow) for the Medical reviewers group:
an editor submits, a reviewer approves or requests changes, and the approval publishes the
page with its review dates. A workflow of that name that administrators made already is
left as they set it up.

The workflow is assigned to the Learn and Conditions index pages that exist now; an index
page that has a workflow already keeps it. On a new site those pages come later: the demo
loader assigns the workflow when it builds them, and administrators can under Settings >
Workflows.
"""

from django.db import migrations

WORKFLOW = "Medical review"
MEDICAL_REVIEWERS = "Medical reviewers"
SECTION_MODELS = ["ArticleIndexPage", "ConditionIndexPage"]


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    MedicalReviewTask = apps.get_model("pages", "MedicalReviewTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is None:
        # Wagtail's Task sets its content type itself; migration models don't run that code.
        content_type, _ = ContentType.objects.get_or_create(
            app_label="pages", model="medicalreviewtask"
        )
        task = MedicalReviewTask.objects.create(
            name=WORKFLOW, content_type=content_type, active=True
        )
        task.groups.set(Group.objects.filter(name=MEDICAL_REVIEWERS))
        workflow = Workflow.objects.create(name=WORKFLOW, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    for model_name in SECTION_MODELS:
        section_ids = apps.get_model("pages", model_name).objects.values_list(
            "page_ptr_id", flat=True
        )
        for page_id in section_ids:
            WorkflowPage.objects.get_or_create(page_id=page_id, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    # Only while no page has been through it: a review history is never thrown away.
    MedicalReviewTask = apps.get_model("pages", "MedicalReviewTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    if WorkflowState.objects.filter(workflow__name=WORKFLOW).exists():
        return
    Workflow.objects.filter(name=WORKFLOW).delete()
    MedicalReviewTask.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0007_provider_user_medical_review_task"),
        ("pages", "0005_staff_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
