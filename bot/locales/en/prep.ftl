# /prep: the research checklist, strengths and advice before an interview
# (bot/features/prep).

prep-title = Prep: { $company }
prep-intro = You have prepared for hard things before. Here is your plan for { $company }.
prep-intro-role = You have prepared for hard things before. Here is your plan for { $company } for the { $role } role.
prep-checklist = Research checklist
prep-check-job = ☐ Re-read the job description: underline the three things they stress most.
prep-check-job-role = ☐ Re-read the { $role } job description: underline the three things they stress most.
prep-check-culture = ☐ Company culture: { $company }'s values, careers page, recent news and how employees describe it.
prep-check-duties = ☐ Responsibilities: for each main duty, one story from your experience (situation, action, result).
prep-check-qualifications = ☐ Qualifications: match each requirement to proof; for any gap, say how you are closing it.
prep-check-questions = ☐ Two or three questions of your own about the team, the first 90 days, or how success is measured.
prep-check-logistics = ☐ Logistics: time zone, link or address, the interviewer's name, a glass of water.
prep-strengths = Your strengths — say them out loud once
prep-strengths-none = None listed yet. Add two before the interview: `/strengths add text:...`.
prep-do-differently = Last time you said you would do differently
prep-do-differently-at = Last time you said you would do differently ({ $company })
prep-went-well = Last time this went well
prep-went-well-at = Last time this went well ({ $company })
prep-learning = What you are strengthening
prep-after = After the interview
prep-after-text = Send a thank-you within a day (`/template name:post-interview-thank-you company:"{ $company }"`) and reflect while it is fresh (`/reflect`).
