"""Every source the demo content cites, each written once.

Pages list their references as keys into SOURCES, in the order their text numbers them
(``<a href="#ref-N">[N]</a>`` is the Nth key). A year of None marks an undated web page.
Prefer a DOI address where the source has one: it outlives a publisher's site.
"""

SOURCES = {
    "abdallah_2022_ptsd_veterans": {
        "title": (
            "Dose-related effects of ketamine for antidepressant-resistant symptoms of "
            "posttraumatic stress disorder in veterans and active duty military: a double-"
            "blind, randomized, placebo-controlled multi-center clinical trial"
        ),
        "publisher": "Neuropsychopharmacology",
        "year": 2022,
        "url": "https://doi.org/10.1038/s41386-022-01266-9",
    },
    "andrade_2019_oral": {
        "title": "Oral ketamine for depression, 2: practical considerations",
        "publisher": "The Journal of Clinical Psychiatry",
        "year": 2019,
        "url": "https://www.psychiatrist.com/jcp/depression/oral-ketamine-for-depression-practical-considerations/",
    },
    "berman_2000_antidepressant": {
        "title": "Antidepressant effects of ketamine in depressed patients",
        "publisher": "Biological Psychiatry",
        "year": 2000,
        "url": "https://doi.org/10.1016/S0006-3223(99)00230-9",
    },
    "carpenter_2012_tms": {
        "title": (
            "Transcranial magnetic stimulation (TMS) for major depression: a multisite, "
            "naturalistic, observational study of acute treatment outcomes in clinical "
            "practice"
        ),
        "publisher": "Depression and Anxiety",
        "year": 2012,
        "url": "https://pubmed.ncbi.nlm.nih.gov/22689344/",
    },
    "cohen_2018_pain_guidelines": {
        "title": (
            "Consensus guidelines on the use of intravenous ketamine infusions for chronic "
            "pain from the American Society of Regional Anesthesia and Pain Medicine, the "
            "American Academy of Pain Medicine, and the American Society of Anesthesiologists"
        ),
        "publisher": "Regional Anesthesia & Pain Medicine",
        "year": 2018,
        "url": "https://doi.org/10.1097/AAP.0000000000000808",
    },
    "dea_ketamine_fact_sheet": {
        "title": "Ketamine (drug fact sheet)",
        "publisher": "U.S. Drug Enforcement Administration",
        "year": None,
        "url": "https://www.dea.gov/factsheets/ketamine",
    },
    "dea_schedules": {
        "title": "Controlled substance schedules",
        "publisher": "U.S. Drug Enforcement Administration, Diversion Control Division",
        "year": None,
        "url": "https://www.deadiversion.usdoj.gov/schedules/",
    },
    "domino_2010_ketamine_tiger": {
        "title": "Taming the ketamine tiger. 1965",
        "publisher": "Anesthesiology",
        "year": 2010,
        "url": "https://pubs.asahq.org/anesthesiology/article/113/3/678/10426/Taming-the-Ketamine-Tiger",
    },
    "duman_2012_synaptic": {
        "title": "Synaptic dysfunction in depression: potential therapeutic targets",
        "publisher": "Science",
        "year": 2012,
        "url": "https://pubmed.ncbi.nlm.nih.gov/23042884/",
    },
    "fda_2019_esketamine": {
        "title": (
            "FDA approves new nasal spray medication for treatment-resistant depression; "
            "available only at a certified doctor's office or clinic"
        ),
        "publisher": "U.S. Food and Drug Administration",
        "year": 2019,
        "url": "https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified",
    },
    "feder_2014_ptsd": {
        "title": (
            "Efficacy of intravenous ketamine for treatment of chronic posttraumatic stress "
            "disorder: a randomized clinical trial"
        ),
        "publisher": "JAMA Psychiatry",
        "year": 2014,
        "url": "https://pubmed.ncbi.nlm.nih.gov/24740528/",
    },
    "feder_2021_ptsd_repeated": {
        "title": (
            "A randomized controlled trial of repeated ketamine administration for chronic "
            "posttraumatic stress disorder"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2021,
        "url": "https://doi.org/10.1176/appi.ajp.2020.20050596",
    },
    "glue_2017_anxiety": {
        "title": (
            "Ketamine's dose-related effects on anxiety symptoms in patients with treatment "
            "refractory anxiety disorders"
        ),
        "publisher": "Journal of Psychopharmacology",
        "year": 2017,
        "url": "https://pubmed.ncbi.nlm.nih.gov/28441895/",
    },
    "husain_2004_ect_speed": {
        "title": (
            "Speed of response and remission in major depressive disorder with acute "
            "electroconvulsive therapy (ECT): a Consortium for Research in ECT (CORE) report"
        ),
        "publisher": "Journal of Clinical Psychiatry",
        "year": 2004,
        "url": "https://pubmed.ncbi.nlm.nih.gov/15119910/",
    },
    "krystal_2019_paradigm": {
        "title": "Ketamine: a paradigm shift for depression research and treatment",
        "publisher": "Neuron",
        "year": 2019,
        "url": "https://doi.org/10.1016/j.neuron.2019.02.005",
    },
    "li_2016_fifty_years": {
        "title": "Ketamine: 50 years of modulating the mind",
        "publisher": "Frontiers in Human Neuroscience",
        "year": 2016,
        "url": "https://doi.org/10.3389/fnhum.2016.00612",
    },
    "lifeline_988": {
        "title": "988 Suicide & Crisis Lifeline",
        "publisher": "988 Suicide & Crisis Lifeline",
        "year": None,
        "url": "https://988lifeline.org/",
    },
    "lundberg_2023_trd_outcomes": {
        "title": (
            "Association of treatment-resistant depression with patient outcomes and health "
            "care resource utilization in a population-wide study"
        ),
        "publisher": "JAMA Psychiatry",
        "year": 2023,
        "url": "https://pubmed.ncbi.nlm.nih.gov/36515938/",
    },
    "mcintyre_2021_expert_opinion": {
        "title": (
            "Synthesizing the evidence for ketamine and esketamine in treatment-resistant "
            "depression: an international expert opinion on the available evidence and "
            "implementation"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2021,
        "url": "https://pubmed.ncbi.nlm.nih.gov/33726522/",
    },
    "mcintyre_2023_trd": {
        "title": (
            "Treatment-resistant depression: definition, prevalence, detection, management, "
            "and investigational interventions"
        ),
        "publisher": "World Psychiatry",
        "year": 2023,
        "url": "https://doi.org/10.1002/wps.21120",
    },
    "murrough_2013_repeated": {
        "title": (
            "Rapid and longer-term antidepressant effects of repeated ketamine infusions in "
            "treatment-resistant major depression"
        ),
        "publisher": "Biological Psychiatry",
        "year": 2013,
        "url": "https://doi.org/10.1016/j.biopsych.2012.06.022",
    },
    "murrough_2013_two_site": {
        "title": (
            "Antidepressant efficacy of ketamine in treatment-resistant major depression: a "
            "two-site randomized controlled trial"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2013,
        "url": "https://pubmed.ncbi.nlm.nih.gov/23982301/",
    },
    "nimh_anxiety": {
        "title": "Anxiety Disorders",
        "publisher": "National Institute of Mental Health",
        "year": None,
        "url": "https://www.nimh.nih.gov/health/topics/anxiety-disorders",
    },
    "nimh_brain_stimulation": {
        "title": "Brain Stimulation Therapies",
        "publisher": "National Institute of Mental Health",
        "year": None,
        "url": "https://www.nimh.nih.gov/health/topics/brain-stimulation-therapies/brain-stimulation-therapies",
    },
    "nimh_depression": {
        "title": "Depression",
        "publisher": "National Institute of Mental Health",
        "year": None,
        "url": "https://www.nimh.nih.gov/health/topics/depression",
    },
    "nimh_ptsd": {
        "title": "Post-Traumatic Stress Disorder",
        "publisher": "National Institute of Mental Health",
        "year": None,
        "url": "https://www.nimh.nih.gov/health/topics/post-traumatic-stress-disorder-ptsd",
    },
    "nimh_suicide_prevention": {
        "title": "Suicide Prevention",
        "publisher": "National Institute of Mental Health",
        "year": None,
        "url": "https://www.nimh.nih.gov/health/topics/suicide-prevention",
    },
    "orhurhu_2019_chronic_pain": {
        "title": (
            "Ketamine infusions for chronic pain: a systematic review and meta-analysis of "
            "randomized controlled trials"
        ),
        "publisher": "Anesthesia & Analgesia",
        "year": 2019,
        "url": "https://doi.org/10.1213/ANE.0000000000004185",
    },
    "oxford_health_risks": {
        "title": "Ketamine treatment service: risks and benefits",
        "publisher": "Oxford Health NHS Foundation Trust",
        "year": None,
        "url": "https://www.oxfordhealth.nhs.uk/ketamine/risks-benefits/",
    },
    "peltoniemi_2016_pharmacology": {
        "title": (
            "Ketamine: a review of clinical pharmacokinetics and pharmacodynamics in "
            "anesthesia and pain therapy"
        ),
        "publisher": "Clinical Pharmacokinetics",
        "year": 2016,
        "url": "https://pubmed.ncbi.nlm.nih.gov/27028535/",
    },
    "rush_2006_stard": {
        "title": (
            "Acute and longer-term outcomes in depressed outpatients requiring one or several"
            " treatment steps: a STAR*D report"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2006,
        "url": "https://pubmed.ncbi.nlm.nih.gov/17074942/",
    },
    "sanacora_2017_consensus": {
        "title": "A consensus statement on the use of ketamine in the treatment of mood disorders",
        "publisher": "JAMA Psychiatry",
        "year": 2017,
        "url": "https://doi.org/10.1001/jamapsychiatry.2017.0080",
    },
    "sawynok_2014_topical": {
        "title": "Topical and peripheral ketamine as an analgesic",
        "publisher": "Anesthesia & Analgesia",
        "year": 2014,
        "url": "https://doi.org/10.1213/ANE.0000000000000246",
    },
    "short_2018_side_effects": {
        "title": "Side-effects associated with ketamine use in depression: a systematic review",
        "publisher": "The Lancet Psychiatry",
        "year": 2018,
        "url": "https://pubmed.ncbi.nlm.nih.gov/28757132/",
    },
    "topical_ketamine_2015": {
        "title": "Is topical ketamine ready for prime time?",
        "publisher": "Practical Pain Management",
        "year": 2015,
        "url": "https://www.practicalpainmanagement.com/treatments/pharmacological/non-opioids/topical-ketamine-ready-prime-time",
    },
    "uk_ect_2003": {
        "title": (
            "Efficacy and safety of electroconvulsive therapy in depressive disorders: a "
            "systematic review and meta-analysis"
        ),
        "publisher": "The Lancet (UK ECT Review Group)",
        "year": 2003,
        "url": "https://pubmed.ncbi.nlm.nih.gov/12642045/",
    },
    "va_ptsd_center": {
        "title": "National Center for PTSD",
        "publisher": "U.S. Department of Veterans Affairs",
        "year": None,
        "url": "https://www.ptsd.va.gov/",
    },
    "wilkinson_2018_suicidal_ideation": {
        "title": (
            "The effect of a single dose of intravenous ketamine on suicidal ideation: a "
            "systematic review and individual participant data meta-analysis"
        ),
        "publisher": "American Journal of Psychiatry",
        "year": 2018,
        "url": "https://pubmed.ncbi.nlm.nih.gov/28969441/",
    },
    "zarate_2006_trial": {
        "title": (
            "A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant "
            "major depression"
        ),
        "publisher": "Archives of General Psychiatry",
        "year": 2006,
        "url": "https://pubmed.ncbi.nlm.nih.gov/16894061/",
    },
}


def cite(*keys: str) -> list[dict]:
    """A page's references list, from the keys of its sources in citation order."""
    return [dict(SOURCES[key]) for key in keys]
