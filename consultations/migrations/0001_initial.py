"""The consultation form's models, moved here from the pages app with their tables and rows:
this migration only tells Django where they are now (pages/migrations/0012 forgets them
there); 0002 renames their tables and content types."""

import django.core.serializers.json
import django.db.models.deletion
import modelcluster.fields
import wagtail.contrib.forms.models
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('pages', '0011_move_documents_to_private_storage'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ConsultationPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('summary', models.TextField(blank=True, help_text='One or two plain sentences shown on cards, in search results and, unless a search description is set, to search engines.', max_length=300)),
                        ('hide_from_search_engines', models.BooleanField(default=False, help_text='Ask search engines not to list this page, and leave it out of the sitemap. Visitors with the link can still open it.')),
                        ('intro', wagtail.fields.RichTextField(blank=True, help_text='A few welcoming words above the form: what happens after someone sends it.')),
                        ('thank_you_text', wagtail.fields.RichTextField(blank=True, help_text='Shown after a request is sent: when and how the clinic will be in touch.')),
                        ('to_address', models.CharField(help_text='Staff email addresses told that a new request arrived, separated by commas. The email says only which location was chosen and links to the request here in the admin: no answers are ever emailed.', max_length=255, validators=[wagtail.contrib.forms.models.validate_to_address])),
                        ('contact_heading', models.CharField(default='Would you rather call?', help_text='Heading of the list of phone numbers under the form.', max_length=120)),
                        ('listing_image', models.ForeignKey(blank=True, help_text='Shown on cards and when the page is shared. Landscape, at least 1200 px wide.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image')),
                        ('privacy_policy_page', models.ForeignKey(blank=True, help_text='The privacy policy the consent checkbox links to. If empty, it links to /privacy-policy/.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                    ],
                    options={
                        'db_table': 'pages_consultationpage',
                        'verbose_name': 'consultation form page',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, wagtail.contrib.forms.models.FormMixin, 'wagtailcore.page', models.Model),
                ),
                migrations.CreateModel(
                    name='ConsultationFormField',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('clean_name', models.CharField(blank=True, default='', help_text='Safe name of the form field, the label converted to ascii_snake_case', max_length=255, verbose_name='name')),
                        ('label', models.CharField(help_text='The label of the form field', max_length=255, verbose_name='label')),
                        ('required', models.BooleanField(default=True, verbose_name='required')),
                        ('choices', models.TextField(blank=True, help_text='Comma or new line separated list of choices. Only applicable in checkboxes, radio and dropdown.', verbose_name='choices')),
                        ('default_value', models.TextField(blank=True, help_text='Default value. Comma or new line separated values supported for checkboxes.', verbose_name='default value')),
                        ('help_text', models.CharField(blank=True, max_length=255, verbose_name='help text')),
                        ('field_type', models.CharField(choices=[('singleline', 'Single line text'), ('multiline', 'Multi-line text'), ('email', 'Email'), ('tel', 'Phone number'), ('number', 'Number'), ('url', 'URL'), ('checkbox', 'Checkbox'), ('checkboxes', 'Checkboxes'), ('dropdown', 'Drop down'), ('multiselect', 'Multiple select'), ('radio', 'Radio buttons'), ('date', 'Date'), ('datetime', 'Date/time'), ('location', 'Preferred location (lists the live clinic locations)'), ('consent', 'Consent checkbox (always required, links to the privacy policy)')], max_length=16, verbose_name='field type')),
                        ('autocomplete', models.CharField(blank=True, choices=[('', 'None (not personal information)'), ('name', 'Full name'), ('given-name', 'First name'), ('family-name', 'Last name'), ('nickname', 'Preferred name'), ('email', 'Email address'), ('tel', 'Phone number'), ('street-address', 'Street address'), ('address-level2', 'City or town'), ('address-level1', 'State'), ('postal-code', 'ZIP code'), ('bday', 'Date of birth'), ('organization', 'Company or organization'), ('off', 'Off (never fill in automatically)')], help_text='What this field asks for, so browsers and assistive technology can fill it in for the visitor. Choose the matching kind for names, phone and email; leave "None" for anything else.', max_length=20)),
                        ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='form_fields', to='consultations.consultationpage')),
                    ],
                    options={
                        'db_table': 'pages_consultationformfield',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='ConsultationSubmission',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('form_data', models.JSONField(encoder=django.core.serializers.json.DjangoJSONEncoder)),
                        ('submit_time', models.DateTimeField(auto_now_add=True, verbose_name='submit time')),
                        ('location', models.CharField(blank=True, help_text='The location the visitor chose, as named when they asked.', max_length=255)),
                        ('notified_at', models.DateTimeField(blank=True, help_text='When staff were emailed about this request.', null=True)),
                        ('notification_attempts', models.PositiveSmallIntegerField(default=0)),
                        ('notification_error', models.CharField(blank=True, help_text='Why the last email could not be sent.', max_length=255)),
                        ('notification_claimed_at', models.DateTimeField(blank=True, editable=False, null=True)),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to=settings.WAGTAIL_PAGE_MODEL)),
                    ],
                    options={
                        'db_table': 'pages_consultationsubmission',
                        'verbose_name': 'consultation request',
                        'verbose_name_plural': 'consultation requests',
                        'indexes': [models.Index(fields=['submit_time'], name='pages_consu_submit__64e982_idx')],
                    },
                ),
            ],
        ),
    ]
