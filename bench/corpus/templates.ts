import type { Picker } from "./values.ts";

type T = (p: Picker) => string;

// Practitioner voice, with identifiers. Train and holdout templates never share wording.
export const TRAIN_PHI: T[] = [
  (p) =>
    `Home visit with ${p.full()} today. Her son ${p.kid()} was home from school again and the place smelled of smoke.`,
  (p) =>
    `I keep replaying the call with ${p.first()}. She gave me her cell, ${p.phone()}, and begged me not to tell her boyfriend.`,
  (p) =>
    `Supervision tomorrow: need to talk about ${p.titled()} and whether we file on ${p.caseNo()} before the hearing.`,
  (p) =>
    `${p.first()} finally signed the release. Her SSN is ${p.ssn()} and I typed it into the form twice because my hands were shaking.`,
  (p) => `The family moved to ${p.address()} and nobody told the school. ${p.kid()} has missed eleven days.`,
  (p) => `Email from ${p.full()} (${p.email()}) asking why her benefits stopped. I don't have a good answer.`,
  (p) =>
    `Court was brutal. ${p.titled()} asked about ${p.caseNo()} and I fumbled the dates. ${p.first()} cried in the hallway.`,
  (p) =>
    `Hospital discharge planning for ${p.full()}, ${p.mrn()}, ${p.dob()}. The daughter wants him home; the team doesn't.`,
  (p) => `My client ${p.first()} ${p.last()} lost her ${p.medicaid()} card and the pharmacy turned her away.`,
  (p) =>
    `Foster placement update: ${p.kid()} is with ${p.titled()} now at ${p.street()}. First night went okay.`,
  (p) =>
    `I called ${p.phone()} three times and got voicemail. ${p.wordName()} is supposed to be at the shelter but nobody has seen her.`,
  (p) =>
    `Left a message for ${p.wordName()} ${p.last()} about the IEP meeting. The school counselor is ${p.titled()}.`,
  (p) => `${p.wordName()} said she wants to go back to him. I hope I didn't show my face when she said it.`,
  (p) => `Elder care visit: ${p.full()}, ${p.dob()}, lives alone at ${p.address()}. Neighbors bring food.`,
  (p) => `Her ${p.license()} was suspended so ${p.first()} can't drive to the methadone clinic anymore.`,
  (p) =>
    `Intake for ${p.full()}. ${p.clientId()}. Phone ${p.phone()}. She asked if her mother would find out.`,
  (p) =>
    `I'm worried about ${p.kid()}'s bruises. Mom (${p.first()}) says he fell off his bike. Teacher ${p.last()} made the report.`,
  (p) =>
    `Can I reflect on ${p.first()} without feeling like I failed? She relapsed after 90 days and called me from ${p.phone()}.`,
  (p) =>
    `The DV advocate gave ${p.first()} a safe address, ${p.address()}, and I must never write it anywhere. So of course I'm writing it here.`,
  (p) => `${p.full()} brought her ${p.card()} to pay the rent arrears. I had to explain we can't take it.`,
  (p) =>
    `school social worker notes: ${p.lower()} was quiet in group again. reached her dad at ${p.phone()}.`,
  (p) => `Spoke with ${p.titled()} about ${p.kid()}. ${p.bareSsn()} came up wrong in the state system.`,
  (p) =>
    `Grandma ${p.first()} has custody now. Her email is ${p.email()} if I need to send the kinship paperwork.`,
  (p) =>
    `Met ${p.full()} and ${p.full()} at the library because the house wasn't safe. ${p.kid()} drew the whole time.`,
  (p) => `Not sure I handled ${p.wordName()}'s disclosure well. She told me about her uncle and I froze.`,
  (p) => `Documenting for ${p.caseNo()}: ${p.full()} tested positive again, ${p.mrn()}.`,
  (p) => `${p.titled()} from the hospital called about ${p.first()}. Call back at ${p.phone()} before 5.`,
  (p) =>
    `Transferred ${p.full()} to the hospice team. Daughter ${p.first()} lives at ${p.address()} and wants updates.`,
  (p) => `The probation officer, ${p.full()}, emailed from ${p.email()} wanting my notes on ${p.kid()}.`,
  (p) => `${p.first()} is fourteen and already parenting her siblings. Their address is ${p.address()}.`,
];

// No identifiers at all, but full of things that look like them.
export const TRAIN_TRAP: T[] = [
  (_p) =>
    `I hope supervision helps me process this. By God's grace I got through the week without crying in the car.`,
  (p) => `Will we ever have enough staff? ${p.org()} lost three workers in June and nobody replaced them.`,
  (_p) =>
    `Gibbs' reflective cycle keeps pulling me back to the feelings stage. Kolb would say I skipped abstract conceptualisation.`,
  (_p) => `Mark the date: the audit is on the 14th. We need 95% of files closed and there are 212 open.`,
  (_p) => `The rent is $1,250 a month and her check is $943. The math doesn't work and I can't fix it.`,
  () =>
    `Maslow's hierarchy feels very real when a family has no food on Friday. Bowlby would have a lot to say about the baby too.`,
  (p) => `Room 214 at ${p.org()} was freezing again. We did the training anyway, 3 hours, 40 slides.`,
  () =>
    `Psalm 23:4 was on the wall of the kitchen. Romans 8:28 on the fridge. Faith is clearly holding this family together.`,
  () => `Under Section 39.01 the definition of neglect is broader than I remembered. Statute 827.03 too.`,
  (p) => `I worked 52 hours this week and drove 318 miles. ${p.org()} reimburses 58 cents a mile.`,
  () => `Driscoll's What? So what? Now what? model is the only thing that made sense of Tuesday.`,
  () => `The kids are 3, 7 and 12. The oldest is basically the parent. Grace under pressure, honestly.`,
  () =>
    `Schön talks about reflection-in-action. I think I did that today, at 10:30, when the meeting went sideways.`,
  (p) => `We referred her to ${p.org()} and ${p.org()}. Both have waitlists of 6 to 8 weeks.`,
  () => `Hope is a discipline, a colleague told me. I'm trying to believe that after the Monday we had.`,
  () => `Our team of 12 closed 47 cases in March. Caseloads are still 30 each. That is not sustainable.`,
  () => `The judge gave us until April 15 to show progress. That's 6 weeks for a family that needs 6 months.`,
  () => `I will mark this one as a learning moment. Will it feel better tomorrow? Probably not.`,
  (p) => `Called the hotline at 1-800 number and waited 45 minutes. ${p.org()} says wait times are up 30%.`,
  () =>
    `Motivational interviewing, Miller and Rollnick style, is easier on paper. Prochaska's stages help me stay patient.`,
  () =>
    `Bible study group meets Wednesdays at 7pm. She says it's the only place she feels safe. Amen to that.`,
  () => `The court report is due in 10 days, 25 pages minimum, and the template changed in version 4.2.`,
  () => `Ecomap and genogram done. Three generations, 2 divorces, 1 adoption. So much loss in one family.`,
  () => `By the grace of God and a very patient supervisor, I finished my 3,000 supervised hours.`,
  () => `I hope the new policy on page 17 means fewer home visits after dark. Safety first, always.`,
  (p) => `${p.org()} hosted a training on trauma-informed care. 85 people attended, 4 hours, 2 CEUs.`,
  () =>
    `Sometimes I wonder if the system is designed to fail families. Then I remember the ones who made it.`,
  () =>
    `Attachment theory, Bowlby and Ainsworth, was all over today's visit. The toddler never looked at mom.`,
  () => `In June we moved offices to the 3rd floor. Parking is $12 a day now. Small things add up.`,
  () => `Burnout check: 7 out of 10 this week. Down from 9 in May. Progress, maybe.`,
  (p) =>
    `I hope ${p.org()} can take another referral. We have ${p.int(5, 40)} families waiting and ${p.int(2, 9)} beds.`,
  (p) =>
    `Will ${p.org()} ever answer the phone before ${p.int(9, 11)}:${p.pick(["00", "15", "30"])}? Asking for all of us.`,
  (p) => `Gibbs asks how I felt. Honestly? ${p.int(6, 9)} out of 10 angry, ${p.int(1, 4)} out of 10 proud.`,
  (p) => `Mileage this month: ${p.int(200, 900)} miles. Visits: ${p.int(20, 60)}. Sleep: not enough.`,
  (p) =>
    `The grant from ${p.org()} is $${p.int(10, 99)},000 for ${p.int(2, 4)} years. It will not cover a full salary.`,
  (p) => `Reread Proverbs ${p.int(1, 31)}:${p.int(1, 20)} before court. Whatever gets you through.`,
  (p) =>
    `Per statute ${p.int(39, 63)}.${p.int(100, 999)} we have ${p.int(24, 72)} hours to respond. We took ${p.int(20, 70)}.`,
  (p) =>
    `Room ${p.int(100, 420)} at the courthouse again. Waited ${p.int(2, 5)} hours for a ${p.int(5, 15)} minute hearing.`,
  (p) =>
    `Our unit handled ${p.int(100, 400)} reports last quarter, ${p.int(10, 40)}% substantiated. ${p.org()} wants the breakdown by Friday.`,
  (p) =>
    `By God's grace the ${p.int(3, 9)} kids stayed together in one placement. That almost never happens.`,
  (p) =>
    `In ${p.pick(["June", "May", "April", "August"])} the caseloads went up to ${p.int(25, 40)}. Nobody asked us.`,
  (p) => `Mark down ${p.int(2, 8)} more hours of comp time. I will never actually use them.`,
  (p) => `The Maslow poster in room ${p.int(10, 99)} has been there since ${p.int(1995, 2015)}. Still true.`,
  (p) =>
    `Training day at ${p.org()}: ${p.int(2, 6)} hours on Schön and reflective practice, ${p.int(20, 90)} attendees.`,
  (p) =>
    `She is ${p.int(19, 90)} years old and has moved ${p.int(3, 15)} times in ${p.int(2, 6)} years. Stability is the intervention.`,
  (p) =>
    `Our supervision ratio is 1 to ${p.int(6, 14)}. The standard says 1 to 5. Will anyone read the memo?`,
  (p) => `The family owes $${p.int(300, 4000)} in back rent and the voucher covers ${p.int(30, 70)}%.`,
  (p) =>
    `Version ${p.int(2, 9)}.${p.int(0, 9)} of the assessment tool added ${p.int(5, 30)} questions. Kolb would call it concrete experience.`,
  (p) => `Hope and Grace are the names of the two shelters ${p.org()} runs. I hope both have beds tonight.`,
  (p) =>
    `Called the ${p.int(1, 3)}-1-1 line ${p.int(2, 6)} times for rent help. Each call took ${p.int(20, 80)} minutes.`,
];

export const HOLDOUT_PHI: T[] = [
  (p) =>
    `Reflecting on yesterday's welfare check. ${p.full()} opened the door holding the baby and said ${p.kid()} was at his dad's.`,
  (p) =>
    `Grief group: ${p.first()} talked for the first time. Her husband ${p.first()} died in March. Number on file: ${p.phone()}.`,
  (p) =>
    `The landlord at ${p.address()} is threatening eviction again. ${p.titled()} says he will fight it pro bono.`,
  (p) =>
    `Please help me think through ${p.wordName()}. She's 16, pregnant, and her ${p.medicaid()} lapsed last month.`,
  (p) => `Court prep for ${p.caseNo()}. Mom is ${p.full()}, ${p.dob()}. Dad hasn't been served.`,
  (p) => `Sent the safety plan to ${p.email()}. ${p.first()} said she'd read it when he's asleep.`,
  (p) => `Nursing home meeting about ${p.full()} (${p.mrn()}). The family is split on the feeding tube.`,
  (p) =>
    `${p.kid()} asked me if I'm coming back next week. I'm leaving the agency and I haven't told ${p.titled()} yet.`,
  (p) =>
    `I entered ${p.ssn()} for the wrong client. Caught it, fixed it, still feel sick about it. Client was ${p.full()}.`,
  (p) =>
    `Ride-along with ${p.titled()}. We checked on ${p.full()} at ${p.street()}, then the motel on Route 9.`,
  (p) =>
    `Re-entry planning: ${p.first()} gets out Friday. Parole wants his address (${p.address()}) and phone (${p.phone()}).`,
  (p) => `The interpreter for ${p.full()} didn't show. We used the phone line and it took 90 minutes.`,
  (p) =>
    `${p.wordName()} ${p.last()} called me a liar in front of the whole team meeting. I need to sit with that.`,
  (p) => `Adoption finalised! ${p.kid()} ${p.last()} is officially home. ${p.clientId()} closed.`,
  (p) => `i think ${p.lower()} is using again. her sister texted me from ${p.phone()} at 2am.`,
  (p) =>
    `Kinship assessment for ${p.titled()}: ${p.license()}, background check pending, home is ${p.address()}.`,
  (p) => `What do I do with the guilt? ${p.first()} went back to ${p.first()} and now the kids are in care.`,
  (p) => `Group home incident: ${p.kid()} punched a wall. Staff ${p.full()} wrote it up, ${p.caseNo()}.`,
  (p) => `Veteran outreach: ${p.full()}, ${p.dob()}, sleeping at the VA lot. Best contact is ${p.email()}.`,
  (p) => `My supervisee ${p.first()} handled ${p.first()}'s panic attack beautifully. I told her so.`,
];

export const HOLDOUT_TRAP: T[] = [
  () => `I hope tomorrow is lighter. Eight visits, two court reports, one training on Erikson's stages.`,
  (p) => `Will the county ever fund prevention? ${p.org()} asked for $2.4 million and got 40%.`,
  () => `Rolfe's framework is my go-to: What, So what, Now what. Johns' model feels heavier.`,
  () => `Grace period for the recertification ended on the 30th. Seventeen families lost benefits.`,
  () => `John 3:16 was cross-stitched above the couch. Mark 10:14 too. Let the children come.`,
  (p) => `The waitlist at ${p.org()} is 212 families long. Average wait is 14 months.`,
  () => `Every June the foster kids age out and every July I see some of them at the shelter.`,
  () => `Bronfenbrenner's ecological model helped me map the school, the church and the street corner.`,
  () => `Title IV-E funding covers 50% of the placement cost. Section 472 explains it if you can stay awake.`,
  () => `Hope House is full again. The overflow goes to the church basement at 9 p.m.`,
  () => `Interviewed 4 candidates for the 2 open positions. Salary is $48,000, which explains the turnover.`,
  () => `Ran the PHQ-9 and the GAD-7. Scores 18 and 15. We made a plan together.`,
  () => `Mark my words, the new intake form will double our paperwork. Page 3 alone has 22 fields.`,
  () => `The Kübler-Ross stages don't happen in order. Nobody told that to the families I sit with.`,
  () => `We met at 4:45 in room B12. Eleven people, no agenda, 90 minutes of venting. Useful, oddly.`,
  (p) => `Will I ever catch up? ${p.int(40, 90)} unread emails and ${p.int(3, 12)} overdue notes.`,
  (p) => `${p.org()} budget cut by ${p.int(5, 30)}%. That's ${p.int(2, 9)} positions gone.`,
  (p) => `Visited ${p.int(3, 8)} families today, drove ${p.int(60, 200)} miles, ate one granola bar.`,
  (p) =>
    `Ephesians ${p.int(1, 6)}:${p.int(1, 30)} on a sticky note by the door. She says it keeps her going.`,
  (p) => `Per policy ${p.int(100, 999)}.${p.int(1, 99)} the visit must happen within ${p.int(2, 10)} days.`,
  (p) => `I hope the ${p.int(2, 12)} new hires at ${p.org()} stay longer than ${p.int(6, 18)} months.`,
];
