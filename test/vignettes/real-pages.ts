import { said, type PageVignette } from './page-vignette.js';
import { pageVignettesBatch4a } from './real-pages-4a.js';
import { pageVignettesBatch4b } from './real-pages-4b.js';
import { pageVignettesBatch5 } from './real-pages-5.js';
import { pageVignettesBatch6 } from './real-pages-6.js';
import { pageVignettesBatch7 } from './real-pages-7.js';
import { pageVignettesBatch8 } from './real-pages-8.js';
import { pageVignettesBatch9 } from './real-pages-9.js';
import { pageVignettesBatch10 } from './real-pages-10.js';
import { pageVignettesBatch11 } from './real-pages-11.js';
import { pageVignettesBatch12 } from './real-pages-12.js';
import { pageVignettesBatch13 } from './real-pages-13.js';
import { pageVignettesBatch14a } from './real-pages-14a.js';
import { pageVignettesBatch14b } from './real-pages-14b.js';
import { pageVignettesBatch15 } from './real-pages-15.js';
import { pageVignettesBatch16 } from './real-pages-16.js';
import { pageVignettesBatch17a } from './real-pages-17a.js';
import { pageVignettesBatch17b } from './real-pages-17b.js';
import { pageVignettesBatch18 } from './real-pages-18.js';
import { pageVignettesBatch19 } from './real-pages-19.js';
import { pageVignettesBatch20 } from './real-pages-20.js';
import { pageVignettesBatch21a } from './real-pages-21a.js';
import { pageVignettesBatch21b } from './real-pages-21b.js';
import { pageVignettesBatch22a } from './real-pages-22a.js';
import { pageVignettesBatch23 } from './real-pages-23.js';
import { pageVignettesBatch24 } from './real-pages-24.js';

export type { PageVignette } from './page-vignette.js';

const firstBatches: PageVignette[] = [
  {
    id: "rw-sixphysio-becky-1",
    page: "https://www.sixphysio.com/guru/knees/you-dont-kneed-this",
    story: "Ran my first marathon two months ago; knee discomfort since two days after. Slight soreness when I press the top inside of the knee where it meets the thigh, dull ache when I walk, very stiff and uncomfortable when I first wake up. Gym work is fine.",
    clinicianAnswer: "You will have massively overloaded the under surface of your kneecap... I wouldn't run, I wouldn't do anything that aggravates your pain.",
    profile: said({"region":"knee","sex":"female","locations":["medial"],"aggravatedBy":["walking"],"signs":["tender-to-touch","morning-stiffness"]}),
    truth: {"region":"knee","sex":"female","locations":["medial"],"aggravatedBy":["walking"],"signs":["tender-to-touch","morning-stiffness"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellofemoral-pain"},
    basis: "The physio attributes it to kneecap overload (patellofemoral) and prescribes load reduction, ITB rolling and stability work, no referral.",
  },
  {
    id: "rw-sixphysio-beth-1",
    page: "https://www.sixphysio.com/guru/running/knee-pain-post-marathon",
    story: "Since running the marathon last month I've had trouble with my left knee. It is completely fine in everyday life; it only hurts when I try to run for more than 5 minutes.",
    clinicianAnswer: "The underside surface of your kneecap has taken a fair and repetitive pounding over the last few months and is now very sensitive to repetitive loading, such as a simple jog.",
    profile: said({"region":"knee","side":"left","sex":"female","aggravatedBy":["running"],"painFreeDuring":["walking"],"signs":["pain-after-time"]}),
    truth: {"region":"knee","side":"left","sex":"female","aggravatedBy":["running"],"painFreeDuring":["walking"],"signs":["pain-after-time"],"otherRegions":[],"locations":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellofemoral-pain"},
    basis: "Physio names kneecap (patellofemoral) sensitivity and gives self-management: taping, patellar mobilisation, cadence, gradual pain-free running.",
  },
  {
    id: "rw-ebtc-elaine-1",
    page: "https://www.ebtc.ie/elaines-story-knee-pain/",
    story: "29-year-old training for a marathon: pain at the front of the knee, around and under the kneecap, niggling for months after runs, much worse after a 15K long run; after resting it comes back after just 5K.",
    clinicianAnswer: "This type of knee pain – around the knee cap (patella) is usually called anterior knee pain or patella-femoral pain.",
    profile: said({"region":"knee","sex":"female","age":29,"onset":"gradual","locations":["anterior","peripatellar","retropatellar"],"aggravatedBy":["running"],"signs":["pain-after-distance"]}),
    truth: {"region":"knee","sex":"female","age":29,"onset":"gradual","locations":["anterior","peripatellar","retropatellar"],"aggravatedBy":["running"],"signs":["pain-after-distance"],"trainingChange":["mileage-increase"],"otherRegions":[],"painFreeDuring":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellofemoral-pain"},
    basis: "Physio case report diagnoses patellofemoral pain and manages it with shoes and quadriceps/gluteal strengthening, no imaging.",
  },
  {
    id: "rw-sixphysio-marzia-1",
    page: "https://www.sixphysio.com/guru/running/running-knee-pain",
    story: "After a 10k run I felt pain in my right knee, and a week later also the left. Almost three weeks of rest and strengthening; more discomfort than pain, mainly when I go down on my knee or sit.",
    clinicianAnswer: "I think you've got a problem with kneecap not tracking or sitting on the front of your thigh bone properly. It's pretty common with runners.",
    profile: said({"region":"knee","side":"both","sex":"female","aggravatedBy":["kneeling","prolonged-sitting"]}),
    truth: {"region":"knee","side":"both","sex":"female","aggravatedBy":["kneeling","prolonged-sitting"],"otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellofemoral-pain"},
    basis: "Physio names kneecap tracking (patellofemoral) and advises stretching, ITB rolling, shoe check and control work.",
  },
  {
    id: "rw-albanypt-itb-1",
    page: "https://albanysportspt.com/june-2010/",
    story: "I finished training for and running my first marathon and am having outer knee pain. I took the last month off running but the pain continues and is worse walking stairs.",
    clinicianAnswer: "It sounds like your knee pain may be due to the Iliotibial Band (ITB)... Runners often develop knee pain as a result of overuse.",
    profile: said({"region":"knee","locations":["lateral"]}),
    truth: {"region":"knee","locations":["lateral"],"trainingChange":["mileage-increase"],"otherRegions":[],"aggravatedBy":[],"painFreeDuring":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"iliotibial-band-syndrome"},
    basis: "The physical therapist names ITB syndrome and frames it as overuse treatable with PT; no imaging or doctor referral (only a PT evaluation offer).",
  },
  {
    id: "rw-sixphysio-naomi-1",
    page: "https://www.sixphysio.com/guru/hip/hip-pain-for-just-over-two-weeks",
    story: "Hip pain for just over two weeks. I've run for years but increased my speed work for a half marathon; the pain came on after the first couple of sessions. Mainly around my hip bone but also into my glute; achy and stiff.",
    clinicianAnswer: "It sounds as if you've irritated a tendon or a bursa (fluid filled fat pad) around the outer part of your hip... Rehab, though, is critical.",
    profile: said({"region":"hip","sex":"female","trainingChange":["intensity-increase"],"locations":["buttock"],"signs":["tightness"]}),
    truth: {"region":"hip","sex":"female","trainingChange":["intensity-increase"],"locations":["buttock","lateral"],"signs":["tightness"],"otherRegions":[],"aggravatedBy":[],"painFreeDuring":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"gluteal-tendinopathy"},
    basis: "Physio identifies lateral hip tendon/bursa irritation from increased speed work and gives a rehab exercise programme, no referral.",
  },
  {
    id: "rw-nydn-paul-1",
    page: "https://www.nydailynews.com/sports/more-sports/ny-sports-running-doc-20181216-story.html",
    story: "No sooner had I got back into running after backing way off for business travel than I started getting a shooting pain up the front of my legs, especially at the beginning of each workout. I'm a forefoot striker.",
    clinicianAnswer: "This is one pain that favors beginners, or athletes coming back from a long layoff... it can be treated with ice, over-the-counter anti-inflammatories, and a reduced training schedule.",
    profile: said({"region":"shin","side":"both","sex":"male","locations":["anterior-tibia"],"trainingChange":["return-after-break"],"aggravatedBy":["running"]}),
    truth: {"region":"shin","side":"both","sex":"male","locations":["anterior-tibia"],"trainingChange":["return-after-break"],"aggravatedBy":["running"],"otherRegions":[],"painFreeDuring":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"medial-tibial-stress-syndrome"},
    basis: "The sports physician diagnoses shin splints after a layoff and manages with ice, NSAIDs and reduced training, warning only that ignoring it could lead to stress fracture.",
  },
  {
    id: "rw-nirunning-pf-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-7th-november-2013/",
    story: "Bad pain in the arch of my left foot, diagnosed as plantar fasciitis and treated with injections and physio. It has happened on both feet; how do I stop it becoming long term?",
    clinicianAnswer: "A Plantar fasciitis which doesn't fully clear or keeps recurring suggests that something in the rehab programme has been missed, as in most cases this condition is treatable and clearable.",
    profile: said({"diagnosedAs":"plantar-heel-pain","region":"foot","side":"left","locations":["arch"],"background":["previous-episode"]}),
    truth: {"diagnosedAs":"plantar-heel-pain","region":"foot","side":"left","locations":["arch"],"background":["previous-episode"],"otherRegions":[],"aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[]},
    expected: {"action":"plan","conditionId":"plantar-heel-pain"},
    basis: "Physio treats it as recurrent plantar fasciitis needing a fuller rehab programme (biomechanics, stretches), not imaging or referral.",
  },
  {
    id: "rw-preferredpt-michelle-1",
    page: "https://preferredptaz.com/why-knee-pain-gets-worse-when-you-exercise",
    story: "Pain in my right knee for a few weeks; most painful walking down the stairs, and only comes on 10 minutes into a run. Sometimes aches, sometimes tender and dull. Michelle, 45.",
    clinicianAnswer: "What's likely going on with Michelle is something called 'runner's knee'.",
    profile: said({"region":"knee","side":"right","sex":"female","age":45,"aggravatedBy":["stairs-descent","running"],"signs":["pain-after-time"]}),
    truth: {"region":"knee","side":"right","sex":"female","age":45,"aggravatedBy":["stairs-descent","running"],"signs":["pain-after-time"],"otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellofemoral-pain"},
    basis: "The physical therapist identifies runner's knee (patellofemoral pain) worsened by knee-bending load, handled with rehab.",
  },
  {
    id: "rw-sixphysio-jack-1",
    page: "https://sixphysio.com/guru/knees/the-guru-explains-to-jack-about-itb-friction-syndrome-which-stems-from-poor-gluteal-control",
    story: "Discomfort on the lower right-hand side of my right knee since a flight months ago. Not a problem walking and I can squat with no pain; it comes when I run. Most recently I got about 1 km before the pain forced me to stop.",
    clinicianAnswer: "It sounds like you've got an ITB friction syndrome... try rolling your ITB on a foam roller... and really max out of gluteal control.",
    profile: said({"region":"knee","side":"right","sex":"male","locations":["lateral"],"aggravatedBy":["running"],"painFreeDuring":["walking"],"signs":["pain-after-distance"]}),
    truth: {"region":"knee","side":"right","sex":"male","locations":["lateral"],"aggravatedBy":["running"],"painFreeDuring":["walking"],"signs":["pain-after-distance"],"otherRegions":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"iliotibial-band-syndrome"},
    basis: "Physio diagnoses ITB friction syndrome and gives gluteal-control and rolling advice, no referral.",
  },
  {
    id: "rw-sixphysio-caroline-1",
    page: "https://www.sixphysio.com/guru/running/when-it-comes-to-plantar-fasciitis-the-guru-recommends-dealing-with-the-why-its-overstretched",
    story: "I am a runner with the telltale signs of plantar fasciitis: it started with heel pain and has spread to my arch; particularly painful first thing in the morning or getting up from my desk during the day.",
    clinicianAnswer: "PF is an over stretch problem... release your calf, don't go bare footed, try some temporary off the shelf orthotics... Give this a try for 5 days.",
    profile: said({"region":"heel","otherRegions":["foot"],"sex":"female","locations":["plantar-heel","arch"],"aggravatedBy":["first-steps-after-rest"],"onset":"gradual"}),
    truth: {"region":"heel","otherRegions":["foot"],"sex":"female","locations":["plantar-heel","arch"],"aggravatedBy":["first-steps-after-rest"],"onset":"gradual","painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"plantar-heel-pain"},
    basis: "Physio accepts plantar fasciitis and gives a 5-day self-management plan (calf release, footwear, balance), no referral.",
  },
  {
    id: "rw-sixphysio-rhianon-1",
    page: "https://sixphysio.com/guru/running/achilles-issue",
    story: "Training for a half marathon; during my last big run (18.5 km) a month ago I started getting pain in my Achilles. Cut back to one or two runs a week, max 8 km, and still get pain, especially up and down stairs for a few days after a run.",
    clinicianAnswer: "Don't be tempted to stretch your Achilles... Start eccentrically loading it... when you return to running (have a 5-7 day rest) go easy for the first 3 recovery runs.",
    profile: said({"region":"ankle","sex":"female","locations":["achilles"],"aggravatedBy":["stairs-ascent","stairs-descent","running"],"trainingChange":["mileage-increase"]}),
    truth: {"region":"ankle","sex":"female","locations":["achilles"],"aggravatedBy":["stairs-ascent","stairs-descent","running"],"trainingChange":["mileage-increase"],"otherRegions":[],"painFreeDuring":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"achilles-tendinopathy-midportion"},
    basis: "Physio manages it as an Achilles overload with eccentric loading and graded return, no referral (midportion vs insertional not stated).",
  },
  {
    id: "rw-totalgym-salada-1",
    page: "http://blog.totalgym.com/2011/05/18/ask-dr-salada-a-real-pain-in-the-foot/",
    story: "I'm a runner and recently started feeling pain in my heel when I run. It feels like I'm stepping on a rock with every step.",
    clinicianAnswer: "Pain in the heel can be caused by issues such as heel spurs or another condition called Plantar Fasciitis... try strapping the arch with tape before exercising.",
    profile: said({"region":"heel","aggravatedBy":["running"],"locations":["plantar-heel"]}),
    truth: {"region":"heel","aggravatedBy":["running"],"locations":["plantar-heel"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"plantar-heel-pain"},
    basis: "The physician treats it as plantar fasciitis with ice and arch taping first, seeing a doctor only if it does not settle in a week.",
  },
  {
    id: "rw-r4w-hip-1",
    page: "https://www.running4women.com/hip-pain-2/",
    story: "I now run 4-5 times a week on a treadmill at home instead of a max of 3; about 45 minutes three times and an hour twice. I've started getting hip pain which gets bad if I sit for long or walk.",
    clinicianAnswer: "I would recommend that you book an appointment with a sports physiotherapist for a full assessment... If your training is making your pain worse, you should stop.",
    profile: said({"region":"hip","aggravatedBy":["prolonged-sitting","walking"],"trainingChange":["mileage-increase"]}),
    truth: {"region":"hip","aggravatedBy":["prolonged-sitting","walking"],"trainingChange":["mileage-increase"],"sex":"female","otherRegions":[],"locations":[],"painFreeDuring":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The chartered physiotherapist gives no diagnosis and sends the runner for a full assessment.",
  },
  {
    id: "rw-r4w-foot-1",
    page: "https://www.running4women.com/foot-pain-2/",
    story: "Barefoot in the gym I have no foot pain, but in trainers I get pain in the ball of my left foot, like running on a bone. I ended up walking most of a 10k because of it.",
    clinicianAnswer: "You may well have something called 'metatarsalgia'... a visit to a podiatrist may also be of benefit.",
    profile: said({"region":"foot","side":"left","aggravatedBy":["running"]}),
    truth: {"region":"foot","side":"left","aggravatedBy":["running"],"sex":"female","otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio names metatarsalgia (outside the catalogue) and refers to a podiatrist / running specialist.",
  },
  {
    id: "rw-nirunning-knee-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-5th-september-2013/",
    story: "Recently started running, only 2-3 miles and slow, but getting pain on the side of my right knee. A friend thought ITB, but pushing on the painful area doesn't make it worse. Had gait analysed and new shoes.",
    clinicianAnswer: "It may be the beginning of a change in your joint surfaces (wear and tear or meniscus) an x-ray of your knee (via your GP) is an easy way to assess this.",
    profile: said({"region":"knee","side":"right","background":["novice-runner"]}),
    truth: {"region":"knee","side":"right","background":["novice-runner"],"otherRegions":[],"locations":[],"aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[]},
    expected: {"action":"refer"},
    basis: "Physio suspects joint surface/meniscus or referred back pain and recommends an X-ray via GP and specialist assessment.",
  },
  {
    id: "rw-nirunning-buttock-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-1st-october-2015/",
    story: "Deep buttock pain that seems connected to the upper hamstring, an achy feeling that shortens my stride; sounds like high hamstring tendinopathy. It has lasted 12-18 months and treatment hasn't cured it. Should I get an MRI?",
    clinicianAnswer: "It sounds like the pain in your buttock could be referred from your lower back, due to a stiff segment in your spine... we would advise a full assessment... including your lower back.",
    profile: said({"region":"hip","otherRegions":["thigh"],"locations":["buttock","deep","posterior"]}),
    truth: {"region":"hip","otherRegions":["thigh"],"locations":["buttock","deep","posterior"],"aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio attributes it to lumbar referral rather than hamstring tendinopathy and asks for full assessment including the back.",
  },
  {
    id: "rw-nirunning-hamstring-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-4th-december-2014/",
    story: "I run 30-50 km a week. My first half marathon was painful in the top of my hamstrings and lower glutes, and this is normal for me on longer runs. Stretching isn't uncomfortable.",
    clinicianAnswer: "Your symptoms are unlikely to be a tendinopathy (tendinitis) of the hamstrings... but rather... Nerve pain from a lack of nerve movement or referred pain from your lower back.",
    profile: said({"region":"hip","otherRegions":["thigh"],"locations":["buttock","posterior"],"signs":["pain-after-distance"],"aggravatedBy":["running"]}),
    truth: {"region":"hip","otherRegions":["thigh"],"locations":["buttock","posterior"],"signs":["pain-after-distance"],"aggravatedBy":["running"],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio rules out hamstring tendinopathy, suspects nerve or lumbar referral and says only a thorough physio assessment can resolve it.",
  },
  {
    id: "rw-nirunning-glute-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-2nd-february-2017/",
    story: "Deep pain in my left glute for the last 7-8 months. I've been running and racing through it and been to physio three times, but it's the exact same pain; never went away, if anything worse.",
    clinicianAnswer: "It is most likely that the pain you are describing is referred pain coming from your lower back.",
    profile: said({"region":"hip","side":"left","locations":["buttock","deep"],"redFlags":["treatment-not-helped"]}),
    truth: {"region":"hip","side":"left","locations":["buttock","deep"],"otherRegions":[],"aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":["treatment-not-helped"],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio suspects lumbar referred pain and advises a physiotherapy re-assessment, sooner if it travels into the hamstring.",
  },
  {
    id: "rw-miamiherald-buttock-1",
    page: "https://www.miamiherald.com/living/health-fitness/jock-doc/article223662565.html",
    story: "Pain in my right buttock for the last month. It loosens up when I run but after I stop the pain and stiffness return; it bothers me a lot when I sit. Rest helped a little but it came back when I returned to running.",
    clinicianAnswer: "I recommend you see an orthopedic surgeon to confirm the diagnosis, see if it's safe to keep running, and design a therapy program.",
    profile: said({"region":"hip","side":"right","locations":["buttock"],"aggravatedBy":["prolonged-sitting"],"signs":["warms-up-with-activity","tightness"]}),
    truth: {"region":"hip","side":"right","locations":["buttock"],"aggravatedBy":["prolonged-sitting"],"signs":["warms-up-with-activity","tightness"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Although the sports physician suspects hamstring tendonitis or ischial bursitis, he sends the runner to an orthopaedic surgeon to confirm the diagnosis.",
  },
  {
    id: "rw-nirunning-shin-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-7th-april-2016/",
    story: "Sharp pain on the right side of the shin on my right leg; worse during the early part of my runs and then disappears. It is also sore after runs.",
    clinicianAnswer: "Likely to be from either... altered neural dynamics... or... referred pain coming from the lower back... a thorough examination... would definitely be needed to rule out a stress fracture.",
    profile: said({"region":"shin","side":"right","signs":["warms-up-with-activity"],"aggravatedBy":["running"]}),
    truth: {"region":"shin","side":"right","signs":["warms-up-with-activity"],"aggravatedBy":["running"],"otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio suspects nerve or lumbar-referred pain (outside the catalogue) and requires examination to rule out stress fracture and compartment syndrome.",
  },
  {
    id: "rw-nirunning-shin-2",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-6th-october-2016/",
    story: "Pain I think may be shin splints, just to the right-hand side of my shin on the right leg. I stopped running completely 2 weeks ago and the pain hasn't subsided at all.",
    clinicianAnswer: "The fact that you have rested for two weeks and the pain remains, means that it should definitely be assessed by a physio who is experienced in running injuries.",
    profile: said({"region":"shin","side":"right","aggravatedBy":["running"]}),
    truth: {"region":"shin","side":"right","aggravatedBy":["running"],"otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio suggests a hop test for stress fracture, lists other non-catalogue causes, and says it must be assessed because it persisted despite rest.",
  },
  {
    id: "rw-nydn-calcaneal-1",
    page: "https://www.nydailynews.com/sports/ny-sports-running-doc-calcaneal-20190325-gtbp2sdsg5hurlckafq7bgchhq-story.html",
    story: "I have been suffering with Achilles bursitis and tendonitis for 8 months and have seen 6 doctors. Orthotics, physical therapy and a bursa injection gave some relief but not complete. I'm 47, a 3:35 marathoner. An MRI then found a stress fracture of my calcaneal bone.",
    clinicianAnswer: "The only way to get this to heal is to be off it from 6-8 weeks!... I would also check your bone density to be sure you are not osteopenic or osteoporotic.",
    profile: said({"diagnosedAs":"other","region":"heel","sex":"male","age":47,"locations":["achilles"],"onset":"gradual","redFlags":["treatment-not-helped"]}),
    truth: {"diagnosedAs":"other","region":"heel","sex":"male","age":47,"locations":["achilles"],"onset":"gradual","otherRegions":[],"aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":["treatment-not-helped"],"background":[]},
    expected: {"action":"refer"},
    basis: "The sports physician confirms a calcaneal stress fracture (non-weight-bearing 6-8 weeks) and orders a bone density check.",
  },
  {
    id: "rw-mensrunning-tfl-1",
    page: "https://mensrunninguk.co.uk/health/injury-clinic-hip-pain/",
    story: "After about 30-40 minutes of steady running, the muscle that connects to the hip bone on the side of my right thigh begins to hurt. After stopping it's generally OK, but the next day there's a constant dull ache. I've rested a few days but it's still there.",
    clinicianAnswer: "The muscle at the side of the hip that has been causing you pain is probably the Tensor Fascia Latea (TFL)... I would advise that you see your physiotherapist.",
    profile: said({"region":"hip","side":"right","sex":"male","locations":["lateral"],"signs":["pain-after-time"],"aggravatedBy":["running"]}),
    truth: {"region":"hip","side":"right","sex":"male","locations":["lateral"],"signs":["pain-after-time"],"aggravatedBy":["running"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio names TFL overload (outside the catalogue) and advises seeing a physiotherapist for diagnosis.",
  },
  {
    id: "rw-geier-hip-1",
    page: "https://www.drdavidgeier.com/ask-dr-geier-stress-fractures/",
    story: "I am a 51-year-old woman who just began training for a half marathon. After 5 weeks of running injury free I now have a very painful right hip. I've rested 5 days and taken Aleve, but it is still painful when walking.",
    clinicianAnswer: "The immediate concern to an orthopaedic surgeon or sports medicine physician is the possibility of a stress fracture.",
    profile: said({"region":"hip","side":"right","sex":"female","age":51,"aggravatedBy":["walking","running"],"trainingChange":["mileage-increase"]}),
    truth: {"region":"hip","side":"right","sex":"female","age":51,"aggravatedBy":["walking","running"],"trainingChange":["mileage-increase"],"redFlags":["bone-stress-risk"],"otherRegions":[],"locations":[],"painFreeDuring":[],"signs":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The orthopaedic surgeon's concern is a stress fracture after a rapid training increase; he advises stopping running and medical evaluation.",
  },
  {
    id: "rw-geier-fnsf-1",
    page: "https://drdavidgeier.com/ask-dr-geier-femoral-neck-stress-fractures/",
    story: "I'm a runner and DNF'd Boston due to severe groin pain. It's better, but hurts down the thigh, outside hip and butt. Should I get an MRI? Got ART for a strained adductor but pain has worsened.",
    clinicianAnswer: "A female runner with groin pain that isn't resolving should see a doctor to evaluate for a femoral neck stress fracture.",
    profile: said({"diagnosedAs":"other","region":"hip","otherRegions":["thigh"],"locations":["groin","lateral","buttock"],"redFlags":["groin-pain-with-running","treatment-not-helped"]}),
    truth: {"diagnosedAs":"other","region":"hip","otherRegions":["thigh"],"locations":["groin","lateral","buttock"],"redFlags":["groin-pain-with-running","treatment-not-helped"],"sex":"female","aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The surgeon's main concern is a femoral neck stress fracture and he sends her to a doctor for evaluation and imaging.",
  },
  {
    id: "rw-sheboygan-shin-1",
    page: "https://www.sheboyganpress.com/story/life/2015/08/31/shin-splints-cause-pain/32472447/",
    story: "Training for my first 5K with a couch-to-5K plan, several weeks in. Continual pain in my shinbone during runs and now even with walking. No fall or injury; I hadn't seriously exercised in years and just moved from the treadmill to running outside.",
    clinicianAnswer: "The fact your symptoms are worsening, however, and now occur even outside of running raises concern for a possible stress fracture in your tibia... specialized physical examination, X-rays and possible use of MRI.",
    profile: said({"region":"shin","background":["novice-runner"],"trainingChange":["surface-change"],"aggravatedBy":["running","walking"]}),
    truth: {"region":"shin","background":["novice-runner"],"trainingChange":["surface-change"],"aggravatedBy":["running","walking"],"redFlags":["bone-stress-risk"],"otherRegions":[],"locations":[],"painFreeDuring":[],"signs":[]},
    expected: {"action":"refer"},
    basis: "The doctor says worsening pain with walking raises concern for a tibial stress fracture needing examination and imaging.",
  },
  {
    id: "rw-nydn-meniscus-1",
    page: "https://www.nydailynews.com/sports/more-sports/running-doc-walk-duck-article-1.1255209",
    story: "I am 54 and have run 20-30 miles a week for 35 years. Recently some right knee pain. No swelling, no injury. My orthopaedist said the exam was normal but ordered an MRI showing a medial meniscus tear and says I need arthroscopy.",
    clinicianAnswer: "First, never ever have a surgical procedure without a second opinion from someone you trust... I am a little troubled by the need for surgery with a normal exam.",
    profile: said({"diagnosedAs":"meniscal-injury","region":"knee","side":"right","sex":"male","age":54,"onset":"gradual","redFlags":[]}),
    truth: {"diagnosedAs":"meniscal-injury","region":"knee","side":"right","sex":"male","age":54,"onset":"gradual","redFlags":[],"otherRegions":[],"locations":[],"aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Meniscus tear is suspected and the sports physician sends him for a second specialist opinion and a squat test rather than a self-managed plan.",
  },
  {
    id: "rw-nirunning-latfoot-1",
    page: "http://www.nirunning.co.uk/injury-clinic-q-a",
    story: "Lots of pavement pounding; I can now run 5 miles, but I get pain on the right side of my right foot that moves up towards my ankle. It doesn't start at the beginning; it happens going down a steep hill at the end of my runs. Running about 7 months.",
    clinicianAnswer: "The most likely cause however would be due to overloading of the joints on the outside of your foot, as there are a lot of joints in our feet.",
    profile: said({"region":"foot","otherRegions":["ankle"],"side":"right","locations":["lateral"],"aggravatedBy":["downhill-running"]}),
    truth: {"region":"foot","otherRegions":["ankle"],"side":"right","locations":["lateral"],"aggravatedBy":["downhill-running"],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio names overload of the lateral foot joints, which is outside the catalogue, and says it should be cleared before it stops you running.",
  },
  {
    id: "rw-nirunning-topfoot-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-1st-september-2016/",
    story: "The top of my right foot is concerning me. When I run I get pain in it and if I continue the pain becomes more severe. I have had to abandon my last two runs because of this.",
    clinicianAnswer: "The most likely cause of your pain is poor movement of the nerve in the top of the foot... This problem can nearly always be fully cleared with the correct physiotherapy treatment.",
    profile: said({"region":"foot","side":"right","locations":["top-of-foot"],"aggravatedBy":["running"]}),
    truth: {"region":"foot","side":"right","locations":["top-of-foot"],"aggravatedBy":["running"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio names a nerve problem on the top of the foot (outside the catalogue) that needs a physio experienced in nerve pain.",
  },
  {
    id: "rw-methodist-heel-1",
    page: "http://www.methodistorthopedics.com/bodyortho.cfm?xyzpdqabc=0&id=41966&action=faqdetail&faqID=b861915ae9b84eedfd201eaf150eb106",
    story: "I run 60 to 80 miles a week and two to three marathons a year. Lately heel pain on both sides. New shoes, heel cups, inserts; I took two weeks off. The pain never really went away and got worse when I added running back in.",
    clinicianAnswer: "You really need to see a physician to make the diagnosis. Any time symptoms are present bilaterally (both sides), there could be a systemic problem unrelated to your running schedule.",
    profile: said({"region":"heel","side":"both","aggravatedBy":["running"]}),
    truth: {"region":"heel","side":"both","aggravatedBy":["running"],"otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The clinician says bilateral heel pain unresponsive to rest needs a physician to exclude systemic causes such as inflammatory arthritis.",
  },
  {
    id: "rw-milesplit-triad-1",
    page: "http://mn.milesplit.com/articles/138509-ask-the-doctor-the-female-triad",
    story: "At the peak of cross-country training I increased my running and dropped my calories after a teammate said I'd gained weight. I haven't had a period for three months. Last spring a stress fracture in my foot kept me out of the state finals.",
    clinicianAnswer: "With her history of a stress fracture, poor eating, rigorous training and lack of a regular period, it appears that this runner is suffering from the Female Athlete Triad.",
    profile: said({"region":"foot","sex":"female","trainingChange":["mileage-increase"],"background":["irregular-periods","previous-bone-stress-injury"]}),
    truth: {"region":"foot","sex":"female","trainingChange":["mileage-increase"],"background":["irregular-periods","previous-bone-stress-injury"],"redFlags":["bone-stress-risk"],"otherRegions":[],"locations":[],"aggravatedBy":[],"painFreeDuring":[],"signs":[]},
    expected: {"action":"refer"},
    basis: "The doctor identifies the Female Athlete Triad and says she must be evaluated by a physician. There is no current pain; the region is the site of the earlier foot stress fracture.",
  },
  {
    id: "rw-nirunning-medankle-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-2nd-march-2017/",
    story: "My left Achilles: pain on running started a few months ago and now I have pain walking. It is very localised; I can pinpoint the exact spot beside the inner ankle bone. After circuit training with push-offs it's less sore but not pain free.",
    clinicianAnswer: "Achilles tendinopathy... is less likely... An overuse injury of the medial (inner) ligament of the ankle... Nerve pain from a lack of nerve movement, specifically of the tibial nerve.",
    profile: said({"region":"ankle","side":"left","locations":["achilles","medial"],"aggravatedBy":["running","walking"],"onset":"gradual"}),
    truth: {"region":"ankle","side":"left","locations":["achilles","medial"],"aggravatedBy":["running","walking"],"onset":"gradual","otherRegions":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Physio considers Achilles tendinopathy unlikely and favours medial ankle ligament or tibial nerve causes, which are outside the catalogue.",
  },
  {
    id: "rw-myrunningdoc-dipsea-1",
    page: "https://myrunningdoc.blogspot.com/2011/03",
    story: "\"I have severe left heel pain especially after a 5-8 mile run. I am training for the Dipsea. Advice? Should I consider orthotics?\"",
    clinicianAnswer: "You must get an evaluation with a running focused podiatrist first... It would be important to get x-rays and take a look at the heel bone (calcaneus) to be certain that you are not at risk for stress fracture",
    profile: said({"region":"heel","side":"left","aggravatedBy":["running"],"signs":["pain-after-distance"]}),
    truth: {"region":"heel","side":"left","aggravatedBy":["running"],"signs":["pain-after-distance"],"sex":"male","otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The podiatrist weighs plantar fasciitis against a calcaneal stress fracture (or heel-bone cyst), says severe post-run pain is not typical of plantar fasciitis, and wants an in-person evaluation with x-rays before orthotics or continued running.",
  },
  {
    id: "rw-nydn-amy-shins-1",
    page: "https://www.nydailynews.com/sports/more-sports/running-doc-tips-diagnose-treat-avoid-condition-shin-splints-article-1.1050996",
    story: "\"I have returned to running after a long time off, and my shins are giving me trouble. I have never had this problem before. I am certain it is shin splints.\" She asks whether a warm-up stretch helps or whether to keep running until it goes away.",
    clinicianAnswer: "If this is the pain you feel, you're lucky: it can be treated with ice, over-the-counter anti-inflammatories, and a proper orthotic. Ignore these early signs at your own peril.",
    profile: said({"region":"shin","side":"both","sex":"female","trainingChange":["return-after-break"],"aggravatedBy":["running"]}),
    truth: {"region":"shin","side":"both","sex":"female","trainingChange":["return-after-break"],"aggravatedBy":["running"],"otherRegions":[],"locations":[],"painFreeDuring":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"medial-tibial-stress-syndrome"},
    basis: "The sports physician treats it as shin splints typical of a return after a long layoff (ice, NSAIDs, orthotic) and only warns that ignoring it can progress to a stress fracture; no referral or imaging.",
  },
  {
    id: "rw-footcom-newrunner-heel-1",
    page: "https://www.foot.com/ask-the-doctor/foot-pain-training-marathon/",
    story: "\"I am new to running and trying to do my first marathon this year. I recently got a new pair of shoes and now have pain in my heel when I run. I also started to increase my mileage... it still bothers me when I walk and started to hurt when I first wake up.\"",
    clinicianAnswer: "Foot pain is common in new runners... I recommend that my patients who are runners stand on golf balls or something hard every morning... If your pain persists after integrating the foot recovery I recommend seeing a Podiatrist",
    profile: said({"region":"heel","background":["novice-runner"],"trainingChange":["new-shoes","mileage-increase"],"aggravatedBy":["running","walking","first-steps-after-rest"]}),
    truth: {"region":"heel","background":["novice-runner"],"trainingChange":["new-shoes","mileage-increase"],"aggravatedBy":["running","walking","first-steps-after-rest"],"otherRegions":[],"locations":[],"painFreeDuring":[],"signs":[],"redFlags":[]},
    expected: {"action":"plan","conditionId":"plantar-heel-pain"},
    basis: "The doctor treats it as load-related heel pain in a new runner with daily foot rolling, stretching and foam-rolling recovery, suggesting a podiatrist only if it persists after that.",
  },
  {
    id: "rw-rwuk-orthoses-heel-1",
    page: "https://www.runnersworld.co.uk/health/injury/qa-my-rigid-orthoses-give-me-heel-pain.-help",
    story: "\"After repeatedly suffering from injuries, I was prescribed some rigid orthoses... none of my old injuries has returned, but... I can't run more than 20 miles a week because of a tender heel. It's worse in the morning, but eases as I move around.\"",
    clinicianAnswer: "It seems likely that you simply have some bruising to the area under the heel – though the pain could be the result of the start of an inflammation of the attachment to the plantar fascia",
    profile: said({"region":"heel","aggravatedBy":["running","first-steps-after-rest"],"signs":["tender-to-touch","warms-up-with-activity"]}),
    truth: {"region":"heel","aggravatedBy":["running","first-steps-after-rest"],"signs":["tender-to-touch","warms-up-with-activity"],"locations":["plantar-heel"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"plantar-heel-pain"},
    basis: "The podiatrist reads it as heel-pad bruising or early plantar fasciitis and manages it with ice massage, rest until it eases and added cushioning on the orthoses; a return visit only if it does not settle.",
  },
  {
    id: "rw-sixphysio-kelly-tarmac-1",
    page: "https://sixphysio.com/blog/media/kelly-robinson-is-the-resident-physio-in-mens-running-magazine",
    story: "\"I have sore knees after runs on tarmac, but never really on trails. It's primarily my left knee, just below my kneecap. It feels like it's bruised to touch for a few hours after running and if I've just done a big run... the pain gets unbearable.\" It stops him running for two days.",
    clinicianAnswer: "There are a number of structures that can cause pain around the front of the knee, the most common being the patellofemoral joint (PFJ)... This is commonly known as Patellofemoral Joint Syndrome or PFJS.",
    profile: said({"region":"knee","side":"left","locations":["inferior-pole-patella"],"aggravatedBy":["running"],"signs":["tender-to-touch","pain-after-distance"]}),
    truth: {"region":"knee","side":"left","locations":["inferior-pole-patella"],"aggravatedBy":["running"],"signs":["tender-to-touch","pain-after-distance"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellofemoral-pain"},
    basis: "The physio attributes the below-kneecap pain to the patellofemoral joint (load, tight quads/ITB, weak glute and core control) and gives exercises in the column; no referral.",
  },
  {
    id: "rw-nydn-greg-hamstring-1",
    page: "https://www.nydailynews.com/sports/more-sports/running-doc-properly-treat-chronic-hamstring-pull-article-1.3164548",
    story: "\"I am a 52-year-old runner and every once in a while, while running I get a mild pain in the middle of my right hamstring that doesn't stop me from running and lasts 2 days max. My friends think this is a chronic hamstring pull and I think it is something else.\"",
    clinicianAnswer: "By definition if you are getting this on a regular basis, your friends are right, this is a chronic hamstring pull... A better choice would be to stretch and strengthen so these little tears don't occur.",
    profile: said({"region":"thigh","side":"right","age":52,"sex":"male","locations":["posterior"],"aggravatedBy":["running"],"background":["previous-episode"]}),
    truth: {"region":"thigh","side":"right","age":52,"sex":"male","locations":["posterior"],"aggravatedBy":["running"],"background":["previous-episode"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[]},
    expected: {"action":"refer"},
    basis: "The sports physician names a recurrent mid-belly hamstring muscle strain ('chronic hamstring pull'), a condition outside the catalogue (not proximal tendinopathy at the sit bone), so under the brief's rule it is refer even though he gives home strengthening.",
  },
  {
    id: "rw-sixphysio-rachel-1",
    page: "https://sixphysio.com/guru/knees/rachel-is-a-runner-in-pain-and-asked-the-guru-for-advice",
    story: "I've been a 5km runner for at least a year now and pushed this up to 10km recently. My left knee gets very sore to the point where I have to stop. The pain is inside throughout the knee, not just the cap. It sets in after about 4km of running; it gets a bit better once I stretch out my thigh but sets in again soon after I start running.",
    clinicianAnswer: "I think this sounds like runners knee... I think the pain is coming from the way your kneecap tracks over the front of your thigh bone (femur).",
    profile: said({"region":"knee","side":"left","sex":"female","locations":["medial","diffuse"],"aggravatedBy":["running"],"trainingChange":["mileage-increase"],"signs":["pain-after-distance"]}),
    // `peripatellar` added to the truth 2026-12-07, after an independent review read "not just the cap" as saying the
    // cap hurts too (the page makes it clear; the encoding had only the inside and spread-out pain).
    truth: {"region":"knee","side":"left","sex":"female","locations":["medial","diffuse","peripatellar"],"aggravatedBy":["running"],"trainingChange":["mileage-increase"],"signs":["pain-after-distance"],"otherRegions":[],"painFreeDuring":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellofemoral-pain"},
    basis: "The physio reads it as runner's knee from kneecap tracking (patellofemoral), with relief on quad stretching as the give-away; the stored copy of the answer shows no referral.",
  },
  {
    id: "rw-sixphysio-zoe-1",
    page: "https://sixphysio.com/guru/knees/zoe-felt-a-twinge-in-her-right-knee-which-the-guru-believes-is-runners-knee",
    story: "I have been running for years. Having not done much at the end of the year, I started a half-marathon plan of 4 runs a week including two track sessions; during the second track session I felt a twinge in my right knee (outside/underneath knee cap) which got worse. Walking was painful at first, so I stopped running for over two weeks and the pain went; other exercise was OK. Barely half a mile into a gentle jog the twinge came back, and it persisted when I walked.",
    clinicianAnswer: "Sounds very much like \"runners knee\"... It's super common and very treatable... give it some time and less poking and the bruise starts to settle and feel easier.",
    profile: said({"region":"knee","side":"right","sex":"female","locations":["lateral","retropatellar"],"aggravatedBy":["running","walking"],"trainingChange":["return-after-break","intensity-increase"]}),
    truth: {"region":"knee","side":"right","sex":"female","locations":["lateral","retropatellar"],"aggravatedBy":["running","walking"],"trainingChange":["return-after-break","intensity-increase"],"otherRegions":[],"painFreeDuring":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellofemoral-pain"},
    basis: "The physio names runner's knee (kneecap moving poorly in its groove, a 'bruise' on the back of the kneecap), calls it very treatable and manages it by letting the load settle; the stored copy of the answer shows no referral.",
  },
  {
    id: "rw-rwuk-shins-fiveyears-1",
    page: "https://www.runnersworld.co.uk/health/injury/qa-why-these-shin-splints-after-five-years",
    story: "\"I've been running for five years with very few injuries, but recently I've been experiencing pain in both shins. The pain is on the inside of my legs, just off-centre. I tried resting for three weeks as suggested by my GP, but the problem returned as soon as I started training again.\"",
    clinicianAnswer: "In the short term, I'd recommend that you decrease the amount of running you're currently doing and... stretch... In the long term, though, you need to address the underlying causes of the problem, so visit a chartered physiotherapist for a thorough physical examination.",
    profile: said({"region":"shin","side":"both","locations":["medial"],"aggravatedBy":["running"]}),
    truth: {"region":"shin","side":"both","locations":["medial"],"aggravatedBy":["running"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The chartered physiotherapist suspects overactive tibialis posterior from overpronation but, beyond cutting running and calf stretching for now, sends the runner to a physiotherapist for a thorough examination and video gait analysis.",
  },
  {
    id: "rw-nirunning-calf-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-3rd-april-2014/",
    story: "\"I have recently got back into running after 6-8 months of very little training. I find that I am constantly aggravating my right calf when I run. On Tuesday night I was doing a tempo run and it just went. I was able to finish, but when I woke on Wednesday morning it was very tight.\"",
    clinicianAnswer: "There may also be a build up of scar tissue contributing to your symptoms... This pain can't be cleared with self management alone. If on examination scar tissue can not be felt inside the calf muscle, then it is likely that the nerve which travels down the back of the calf is being restricted in its movement. With the correct treatment by a physiotherapist, this can be identified and easily cleared.",
    profile: said({"region":"calf","side":"right","onset":"sudden","aggravatedBy":["running"],"trainingChange":["return-after-break"],"signs":["tightness"],"background":["previous-episode"]}),
    truth: {"region":"calf","side":"right","onset":"sudden","aggravatedBy":["running"],"trainingChange":["return-after-break"],"signs":["tightness"],"background":["previous-episode"],"otherRegions":[],"locations":[],"painFreeDuring":[],"redFlags":[]},
    expected: {"action":"refer"},
    basis: "The physio reads it as a calf muscle problem (scar tissue) or a restricted nerve, neither in the catalogue, and says it cannot be cleared with self-management: it needs examination, deep soft-tissue massage or nerve treatment by a physiotherapist.",
  },
  {
    id: "rw-nirunning-achilles-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-7th-february-2014/",
    story: "\"My achilles has been niggling since the start of the year. If I use the cross-trainer or run (treadmill or road) it feels like someone is poking the area with small pins. It is ok when I walk however?\"",
    clinicianAnswer: "This sounds like the beginnings of an Achilles Tendinopathy... You may also benefit from seeing a podiatrist who could assess your feet and see if you need insoles... This problem can be stubborn to clear therefore it is advisable to get it assessed and treated as soon as possible. In the meantime ensure you are gently stretching your calf muscles twice daily 3 x 20 sec holds.",
    profile: said({"region":"ankle","locations":["achilles"],"aggravatedBy":["running"],"painFreeDuring":["walking"]}),
    truth: {"region":"ankle","locations":["achilles"],"aggravatedBy":["running"],"painFreeDuring":["walking"],"otherRegions":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "Although the physio names early Achilles tendinopathy, beyond calf stretching 'in the meantime' they send the runner to a podiatrist and advise getting it assessed and treated as soon as possible.",
  },
  {
    id: "rw-nirunning-latknee-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-6th-march-2014/",
    story: "\"I have only started running about 6 weeks. I run 5k every Saturday at parkrun and have built up to a 10k run during the week as well as spinning, Pilates and gym. Last Saturday after I had stretched and cooled down I took this dull pain and a stiffness on the outside of one of my knees... I still felt a dull ache for a few days. Is this... a result of running at my fastest pace ever? Please note I had no pain whilst running.\"",
    clinicianAnswer: "This pain you described is unlikely to be originating from the knee joint... It may be due to the ITB rubbing at the side of your knee (ITB Friction Syndrome)... If this is the case, ITB stretches should be tried for 1 week or 2 and if it clears GREAT! If not, you need a proper assessment and treatment. Alternatively the pain may be due to poor nerve movement at the side of the knee... it is easily cleared with the correct physio treatment, but can't be cleared with self management.",
    profile: said({"region":"knee","locations":["lateral"],"background":["novice-runner"],"trainingChange":["mileage-increase","intensity-increase"]}),
    truth: {"region":"knee","locations":["lateral"],"background":["novice-runner"],"trainingChange":["mileage-increase","intensity-increase"],"otherRegions":[],"aggravatedBy":[],"painFreeDuring":[],"signs":[],"redFlags":[]},
    expected: {"action":"refer"},
    basis: "The physio gives ITB friction syndrome and a non-catalogue nerve problem as equal possibilities; the first gets a 1-2 week stretching trial, the second 'can't be cleared with self management', so the answer does not settle on a self-managed catalogue condition and sends on if the trial fails.",
  },
  {
    id: "rw-sixphysio-richard-calf-1",
    page: "https://sixphysio.com/guru/knees/calf-injury",
    story: "\"About a month ago I decided to take up running... from not running at all, I ran about 8 days out of 10, and for three weeks now I have not been able to run because of a calf injury I have picked up. It felt nearly better so I went out for a run about 10 days ago, but it was no good. It feels really weak and the pain sometimes travels up to just above the back of my knee.\"",
    clinicianAnswer: "Muscles, if left alone for long enough, will get better... First up you did far too much far too soon – slowly reintroduce your running... BUT you need to get stronger... calf raises and calf raises with your knees bent.",
    profile: said({"region":"calf","otherRegions":["knee"],"sex":"male","locations":["posterior"],"aggravatedBy":["running"],"background":["novice-runner"],"trainingChange":["mileage-increase"]}),
    truth: {"region":"calf","otherRegions":["knee"],"sex":"male","locations":["posterior"],"aggravatedBy":["running"],"background":["novice-runner"],"trainingChange":["mileage-increase"],"painFreeDuring":[],"signs":[],"redFlags":[]},
    expected: {"action":"refer"},
    basis: "The physio treats a calf muscle injury from doing too much too soon with stretching, strengthening and graded return; a calf muscle strain is outside the catalogue, so under the rule it is refer even though no referral is given.",
  },
  {
    id: "rw-sixphysio-marc-calf-1",
    page: "https://sixphysio.com/guru/running/getting-the-right-treatment-for-calf-pain",
    story: "\"I recently incorporated some hill sprints into my running schedule and soon started to experience issues with my left calf. At first it felt like a small bruise halfway down the inside of my left calf... After a week or so the pain intensified and began to stretch further down my calf. I rested for a week... then went for a gentle run. I was fine during the run but within a couple of hours the pain had returned. I've visited the GP who advised it wasn't likely to be shin splints but could be a calf strain.\"",
    clinicianAnswer: "If you've overstretched your calf initially then you don't want to keep on stretching... if [your shoes are] loosing control so allowing you to pronate too much then you'll overload the inside of your gastroc muscle... If it's not your calf that's at issue then don't forget that referred pain from your sciatic nerve can feel like a calf strain... or even a stiff big toe can lead to calf muscles being overused.",
    profile: said({"region":"calf","side":"left","sex":"male","locations":["medial"],"aggravatedBy":["running"],"trainingChange":["hill-training"]}),
    truth: {"region":"calf","side":"left","sex":"male","locations":["medial"],"aggravatedBy":["running"],"trainingChange":["hill-training"],"otherRegions":[],"painFreeDuring":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The physio attributes it to overload of the inner gastrocnemius muscle (or sciatic referral or a stiff big toe), none of them catalogue conditions.",
  },
  {
    id: "rw-rwuk-sheila-calf-1",
    page: "http://www.runnersworld.co.uk/beating-injury/physio-webchat-with-paul-hobrough/11023.html",
    story: "\"I keep on getting calf strain. Whenever I get it, I don't run at all for two or three weeks. Last time, I had about six weeks off running, but it came back again almost immediately. I've got orthotics.\" - Sheila Wilson",
    clinicianAnswer: "A recurrent calf strain like this has an underlying issue for sure... a weak calf won't become stronger with rest... Try to stretch and strengthen the area... doing some eccentric calf exercises will really help.",
    profile: said({"region":"calf","sex":"female","background":["previous-episode"],"trainingChange":["return-after-break"]}),
    truth: {"region":"calf","sex":"female","background":["previous-episode"],"trainingChange":["return-after-break"],"otherRegions":[],"locations":[],"aggravatedBy":[],"painFreeDuring":[],"signs":[],"redFlags":[]},
    expected: {"action":"refer"},
    basis: "The physio names a recurrent calf muscle strain, outside the catalogue, and treats it with eccentric calf work; under the rule that is refer.",
  },
  {
    id: "rw-rwuk-calf-fortnight-1",
    page: "https://www.runnersworld.co.uk/health/injury/qa-ive-had-calf-pain-for-a-fortnight.-why",
    story: "\"I've been suffering from pain in my right calf for a couple of weeks. I rest for a few days and then run, but I can't seem to shake it off. How long should I rest for, and are there any exercises I can do to speed recovery?\"",
    clinicianAnswer: "At first, try some simple home treatment... This is where the skills of an experienced chartered physiotherapist are essential in order to accelerate your return to running and provide guidance for the next 'level' of exercises... An approximate timescale for full recovery from this type of injury could be anything from four to six weeks.",
    profile: said({"region":"calf","side":"right","aggravatedBy":["running"]}),
    truth: {"region":"calf","side":"right","aggravatedBy":["running"],"otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The chartered physiotherapist treats it as a calf muscle injury (outside the catalogue) and says a chartered physiotherapist is essential to guide the graded rehabilitation.",
  },
  {
    id: "rw-modernathlete-hips-1",
    page: "https://www.modernathlete.co.za/2012/09/ask-an-expert-3/",
    story: "\"I recently started running after being a cyclist for many years. On long distance runs, I get an excruciating pain in both my hips (particularly worse on the right side), to the point where I can hardly run any further.\" - Zunaid Bulbulia, Johannesburg",
    clinicianAnswer: "There are several causes for hip pain in runners and unfortunately you have not provided sufficient information to localise the cause of your pain... I would suggest you see a physiotherapist who has experience in the assessment of running injuries, or a sports physician, as the correct diagnosis is essential in order to decide on the appropriate treatment.",
    profile: said({"region":"hip","side":"both","sex":"male","aggravatedBy":["running"],"signs":["pain-after-distance"],"background":["novice-runner"]}),
    truth: {"region":"hip","side":"both","sex":"male","aggravatedBy":["running"],"signs":["pain-after-distance"],"background":["novice-runner"],"otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[]},
    expected: {"action":"refer"},
    basis: "The physiotherapist lists bursitis, back, piriformis, hip joint and stress fracture as possibilities and sends the runner to a physiotherapist or sports physician for a diagnosis.",
  },
  {
    id: "rw-nirunning-innerleg-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-4th-september-2014/",
    story: "\"I have had a pain up the inside of my left leg for some weeks now. It is approximately 10-15cms up from my ankle. It hurts when I run, but not enough to make me stop. Any ideas on what this could be?\"",
    clinicianAnswer: "Often vague calf symptoms can be attributed to slightly poor biomechanics. We would recommend a physiotherapy biomechanical assessment of your lower limbs and feet as there might be asymmetry on 1 side.",
    profile: said({"region":"shin","side":"left","locations":["medial","distal-medial-tibia"],"aggravatedBy":["running"]}),
    truth: {"region":"shin","side":"left","locations":["medial","distal-medial-tibia"],"aggravatedBy":["running"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The physio names no catalogue condition ('vague calf symptoms' from biomechanics) and recommends a physiotherapy biomechanical assessment.",
  },
  {
    id: "rw-nirunning-innershin-1",
    page: "https://nirunning.co.uk/q-a-from-injury-clinic-on-thursday-3rd-september-2015/",
    story: "\"For the last 2 weeks the inside of my right shin has been giving me problems. It is a dull ache and I am able to run on, but it is frustrating.\"",
    clinicianAnswer: "There are a few different causes of shin pain and they are mostly treated differently... tenoperiostitis (inflammation of a muscle attaching into the shin bone), a nerve dysfunction of the nerve running through the front of the shin and less likely again would be compartment syndrome. If your shin pain continues for more than a couple of weeks it should definitely be assessed by an experienced physio... I would advise you to run on flat surfaces and try sticking to grass, bark or the treadmill if possible.",
    profile: said({"region":"shin","side":"right","locations":["medial"],"aggravatedBy":["running"]}),
    truth: {"region":"shin","side":"right","locations":["medial"],"aggravatedBy":["running"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The physio lists several shin-pain causes without settling on one, and says pain lasting more than a couple of weeks (as it already has) should be assessed by an experienced physio; the only self-help is softer surfaces.",
  },
  {
    id: "rw-nydn-stephen-achilles-1",
    page: "https://www.nydailynews.com/sports/more-sports/proper-orthotics-physical-therapy-alleviate-achilles-tendonitis-article-1.1511093",
    story: "\"I have Achilles tendonitis on both sides. I am 53 years old, run 30 miles per week, and have had this problem on and off for years. I have the full length flexible orthotics you recommend and stretch my calves as often as I can, yet I am not better. A friend said that his podiatrist inserted heel lifts and it worked for him. I tried them and feel better. Is this a good idea?\" - Stephen R., New York City",
    clinicianAnswer: "No, no, no... never, ever use a heel lift as a measure to treat Achilles tendonitis... Proper treatment includes being sure shoes aren't over-worn; full length flexible orthotics; a calf stretching program (to relieve tension on the tendon); and sometimes soft tissue work by a qualified physical therapist.",
    profile: said({"region":"ankle","side":"both","sex":"male","age":53,"locations":["achilles"],"background":["previous-episode"]}),
    truth: {"region":"ankle","side":"both","sex":"male","age":53,"locations":["achilles"],"background":["previous-episode"],"otherRegions":[],"aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[]},
    expected: {"action":"plan","conditionId":"achilles-tendinopathy-midportion"},
    basis: "The sports physician accepts the Achilles tendinitis diagnosis (the tendon itself, not a heel-bone insertion problem) and manages it with shoes, orthotics and calf stretching, physical therapy only 'sometimes'; no imaging or referral.",
  },
  {
    id: "rw-sixphysio-charlotte-1",
    page: "https://www.sixphysio.com/guru/knees/knee-pain-during-marathon-training",
    story: "\"I'm training for the marathon at the moment. I've had a couple of rest days, then suddenly yesterday I started to feel a bit of pain in my left knee. I did some interval training on the treadmill this morning and now it's really painful to walk or go up or down stairs. Sitting down and standing still it's absolutely fine, and if I keep my left leg straight to walk it's fine. There's no swelling, it just hurts all around the knee, particularly at the back and side as I stretch it out.\"",
    clinicianAnswer: "Sounds a lot like an issue with the way your knee cap moves over the front of your knee.....or an issue with your ITB where it attaches to the outside of your knee. The interval training was (most likely) too aggressive... go to town on foam rolling your ITB... No running....yet.",
    profile: said({"region":"knee","side":"left","sex":"female","locations":["diffuse","posterior","lateral"],"aggravatedBy":["walking","stairs-ascent","stairs-descent"],"painFreeDuring":["rest"]}),
    truth: {"region":"knee","side":"left","sex":"female","locations":["diffuse","posterior","lateral"],"aggravatedBy":["walking","stairs-ascent","stairs-descent"],"painFreeDuring":["rest"],"trainingChange":["intensity-increase"],"otherRegions":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellofemoral-pain"},
    basis: "The physio's first reading is kneecap tracking (patellofemoral), with the ITB as the alternative, and manages it with no running, anti-inflammatories and ITB rolling; no referral (only 'get back to me').",
  },
  {
    id: "rw-sixphysio-ellie-1",
    page: "https://sixphysio.com/guru/knees/knee-pain-could-be-itb",
    story: "\"I've never had any sports injuries before and regularly run, cycle and swim. I went for a run after a two week holiday and my left knee immediately started hurting to the point where I had to stop running. It was pretty sore the next day, particularly whilst walking down stairs. Since then I have swam and cycled with no issue. I tried running again this morning and the pain immediately started again... Seems strange that it only hurts whilst running and is fine at all other times!\"",
    clinicianAnswer: "I take it that the pain is on the outside of your knee, and not the inside. If so then yes, it's probably very much related to your ITB... you need to get better control of your glutes... ice, foam roll and really ramp up your glute program... You'll need to get the load right... If all fails you can have it jabbed for pain relief.",
    profile: said({"region":"knee","side":"left","sex":"female","aggravatedBy":["running","stairs-descent"],"painFreeDuring":["swimming","cycling"],"trainingChange":["return-after-break"]}),
    truth: {"region":"knee","side":"left","sex":"female","aggravatedBy":["running","stairs-descent"],"painFreeDuring":["swimming","cycling"],"trainingChange":["return-after-break"],"otherRegions":[],"locations":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"iliotibial-band-syndrome"},
    basis: "The physio reads it as ITB-related knee pain (assuming, unconfirmed on the page, that it is on the outside) and prescribes foam rolling, a glute control programme and load management; an injection only if all else fails.",
  },
  {
    id: "rw-sixphysio-imogen-1",
    page: "https://www.sixphysio.com/guru/hip/shin-pains",
    story: "\"I have been training for the London Marathon since November... until about 5 weeks ago when I developed pains in my shins... After 2 weeks of rest and no improvement, I saw a doctor who advised me to take a further 2 weeks of rest, ice and elevation but the pain has continued to come and go... I have not felt any pain during these short runs yet I have felt it when I have been lying down, walking or sitting.\"",
    clinicianAnswer: "Is it both shins or just one? Is there any boggy swelling around the painful bit? If you tap the bone above the painful bit does it reverberate in the painful bit? Hopefully no most of the above and both shins...so here's the plan... tight calf muscles (get stretching and keep foam rolling)... improve your glut control a la lunges and squats... try to increase your cadence... Taping can also help and keep icing.",
    profile: said({"region":"shin","side":"both","sex":"female","aggravatedBy":["walking"],"redFlags":["rest-pain"]}),
    truth: {"region":"shin","side":"both","sex":"female","aggravatedBy":["walking"],"redFlags":["rest-pain"],"otherRegions":[],"locations":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"background":[]},
    expected: {"action":"plan","conditionId":"medial-tibial-stress-syndrome"},
    basis: "After screening questions for bone stress (hoping the answers are no), the physio gives a shin-splints plan of calf stretching, glute control, cadence and taping, with no referral; the runner's answers to the screening are not on the page.",
  },
  {
    id: "rw-aberdeennews-heels-1",
    page: "https://www.aberdeennews.com/story/lifestyle/2018/08/17/ask-the-doctors-stretching-can-help-alleviate-pain-of-plantar-fasciitis/116582092/",
    story: "\"I recently began running again after a six-year hiatus. My only problem is that my heels hurt after I run — so much so that I limp for a few minutes the next morning until my body adjusts. As the day progresses, I stop noticing the pain. Any suggestions?\"",
    clinicianAnswer: "In your case, I suspect the cause is plantar fasciitis... One-third of the time, as in your case, the symptoms are on both sides... As for what you can do, I would recommend stretching. Tight calf muscles and Achilles tendons can cause the heel to lift...",
    profile: said({"region":"heel","side":"both","trainingChange":["return-after-break"],"aggravatedBy":["running","first-steps-after-rest"],"signs":["warms-up-with-activity"]}),
    truth: {"region":"heel","side":"both","trainingChange":["return-after-break"],"aggravatedBy":["running","first-steps-after-rest"],"signs":["warms-up-with-activity"],"otherRegions":[],"locations":[],"painFreeDuring":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"plantar-heel-pain"},
    basis: "The physician columnist names plantar fasciitis and manages it with calf and hamstring stretching, strengthening the front of the leg, supportive shoes, ice and curtailing running until it subsides; an X-ray or injection is mentioned only as what a doctor may do, or if the pain persists.",
  },
  {
    id: "rw-spokesman-shins-1",
    page: "http://www.spokesman.com/stories/2012/jul/28/take-a-break-to-let-shin-splints-heal/",
    story: "\"I'm on my high school track team. I've developed painful shin splints. What's the best way to treat them?\"",
    clinicianAnswer: "Shin splints commonly occur in runners... similar pain can be caused by a tibial stress fracture... So if the pain doesn't seem to go away with rest, and comes on when you bear weight on your leg, see your doctor. If you do have shin splints, follow the RICE rules: REST the injured muscle. Take a break from running for seven to 10 days... As the pain gradually goes away, start with a walking program before running again... follow the 10 percent rule... You may also benefit from exercises to streng[then]...",
    profile: said({"region":"shin"}),
    truth: {"region":"shin","otherRegions":[],"locations":[],"aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"medial-tibial-stress-syndrome"},
    basis: "The physician (Dear Doctor K) treats the shin splints with relative rest, a walk-then-run return, the 10 percent rule and strengthening exercises; seeing a doctor is only conditional on pain that does not settle with rest.",
  },
  {
    id: "rw-sixphysio-tina-1",
    page: "https://sixphysio.com/guru/knees/patella-tendon-pain",
    story: "\"I have recently been doing bootcamp about 3-4 times a week for the past 2 months or so after pretty much no exercise for years. I went for a jog about 2 weeks ago... My left knee hurt slightly afterwards... last Sunday... [I] almost collided with another runner – we did the little side-to-side dance and I kept running but after a few metres my left knee was really hurting... The pain is in the boney bit just below the knee slightly to the left in the little groove/dip. I rested it for a few days... and it was fine until yesterday when I jogged about 20 metres and the pain happened again and was so bad afterwards I can barely walk on it now.\"",
    clinicianAnswer: "The boney bit at the front of your knee, below the joint is the bit where your patella tendon inserts... I'm sure it's the tendon which is troubling you, and maybe because you're doing a fair whack of exercise in a relatively short time frame. Your tendon gets frazzled because you're loading it up too much, too quickly... Don't be tempted to stretch it, but do try to get foam rolling your quads (lots) and ITB. Have a long inquisitive look at your shoes too...",
    profile: said({"region":"knee","side":"left","sex":"female","locations":["anterior"],"onset":"sudden","aggravatedBy":["running","walking"],"trainingChange":["return-after-break"]}),
    truth: {"region":"knee","side":"left","sex":"female","locations":["anterior"],"onset":"sudden","aggravatedBy":["running","walking"],"trainingChange":["return-after-break"],"otherRegions":[],"painFreeDuring":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"patellar-tendinopathy"},
    basis: "The physio attributes it to patellar tendon overload from too much exercise too quickly (the dodge being the last straw) and manages it with no stretching, quad and ITB foam rolling and a shoe check; no referral in the part of the answer stored.",
  },
  {
    id: "rw-sixphysio-dan-achilles-1",
    page: "https://www.sixphysio.com/guru/feet-ankles-lower-leg/ongoing-achilles-issue",
    story: "\"I've been struggling with an Achilles issue both left and right since May 2017... Started running again in October after rest and weighted heel drops which is going ok. I have some small sensitive lumps on my Achillies which sometimes react after longer runs 10k plus. My question is what to do next?\"",
    clinicianAnswer: "Achilles are essentially overuse injuries... if you want to load your Achilles to improve the tendon strength you need to lots more heel drops and must be body weigh PLUS – at least 30 reps a few times daily. You idea about mileage is spot on – little and slowly increase and always keep an eye on next day morning stiffness... You can feel some mild discomfort when running (max 3/10) but no more.",
    profile: said({"region":"ankle","side":"both","sex":"male","locations":["achilles"],"signs":["tender-to-touch","pain-after-distance"],"aggravatedBy":["running"],"trainingChange":["return-after-break"]}),
    truth: {"region":"ankle","side":"both","sex":"male","locations":["achilles"],"signs":["tender-to-touch","pain-after-distance"],"aggravatedBy":["running"],"trainingChange":["return-after-break"],"otherRegions":[],"painFreeDuring":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"achilles-tendinopathy-midportion"},
    basis: "The physio treats a bilateral Achilles overuse tendinopathy (sensitive lumps in the tendon) with heavier heel-drop loading, a slow mileage build monitored by next-day stiffness and a 3/10 pain rule, no referral; midportion vs insertional is not stated.",
  },
  {
    id: "rw-sixphysio-danielle-achilles-1",
    page: "https://www.sixphysio.com/guru/feet-ankles-lower-leg/achilles-pain",
    story: "\"I started a running program a few weeks ago but find that after about 20 minutes, I will start experiencing pain in my achilles heel which, if I don't stop, will start to spread up the side of my ankle. This is only on my right foot. This started several months ago when I was skipping... I had bunion surgery on my left foot about 4 years ago which resulted in limited motion in my big toe and osteoarthritis.\"",
    clinicianAnswer: "The issue with most Achilles issues is that they (the tendon) have been forced to over stretch or over work because something else isn't doing enough. Your big toe can often be a cause... if you carry on running you need to decrease your stride length. Next, you need to improve the strength of the tendon itself by embarking on an eccentric loading program of at least 8 weeks (no short cuts)... improve the range of motion in your big toe.",
    profile: said({"region":"ankle","side":"right","sex":"female","locations":["achilles"],"signs":["pain-after-time"],"aggravatedBy":["running"],"background":["novice-runner"]}),
    truth: {"region":"ankle","side":"right","sex":"female","locations":["achilles"],"signs":["pain-after-time"],"aggravatedBy":["running"],"background":["novice-runner"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[]},
    expected: {"action":"plan","conditionId":"achilles-tendinopathy-midportion"},
    basis: "The physio treats it as an overloaded Achilles tendon with shorter strides, an 8-week eccentric loading programme and big-toe mobility, a physio only to keep her on track; midportion vs insertional is not stated.",
  },
  {
    id: "rw-sixphysio-rob-foot-1",
    page: "https://www.sixphysio.com/guru/feet-ankles-lower-leg/rob-has-foot-pain-under-his-ankle",
    story: "\"After going for a long cycle ride I have been suffering foot pain under and around the rear side of the ankle towards the heel. There was no particular moment when it began to hurt so it seems to have been caused by repetitive strain. Running, walking and cycling all aggravate this and make it worse. This happened 3 weeks ago and it does not appear to be getting better.\"",
    clinicianAnswer: "Sounds plantar fasciitis-y…or at least in that genre. You've overstretched some tissue in your foot, and are not allowing to heal... I'd pump for getting some simple off the shelf orthotics... No poking, no stretching, but try to get better control of your normal foot posture. Best way to do that is improving your balance. Little (60\") and often during the day... if things feel like it's making it worse, then it's generally making it worse….modify what you're doing.",
    profile: said({"region":"foot","otherRegions":["ankle","heel"],"sex":"male","locations":["posterior"],"onset":"gradual","aggravatedBy":["running","walking","cycling"]}),
    truth: {"region":"foot","otherRegions":["ankle","heel"],"sex":"male","locations":["posterior"],"onset":"gradual","aggravatedBy":["running","walking","cycling"],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"plantar-heel-pain"},
    basis: "The physio reads it as plantar fasciitis-type overstretch and manages it with off-the-shelf orthotics or good trainers, balance training and load modification, no referral.",
  },
  {
    id: "rw-sixphysio-rachel-shins-1",
    page: "https://sixphysio.com/guru/feet-ankles-lower-leg/rachel-cannot-shake-her-shin-splints",
    story: "\"I am a runner, I like to run marathons. In September 2015 I developed shin splint in my left leg whilst training for my 4th marathon. I have never been able to shake them since. Now when I run I get pain in my left foot, shin, hip and sometime my lower back... I have seen many different physios – they all say different things.\"",
    clinicianAnswer: "Shin splints AKA medial tibial stress syndrome (MTSS) really can happy for a variety of reasons... First up – get a really good running assessment... The best tip is run as quietly as possible and try to get your foot landing pretty much under your body... can you do 30+ single knee squats with a bent knee to really see just how your Soleus muscle performs... Also do you have enough control of your lower limb – control not strength is key, especially of your gluts.",
    profile: said({"region":"shin","side":"left","sex":"female","otherRegions":["foot","hip"],"aggravatedBy":["running"],"background":["back-pain"]}),
    truth: {"region":"shin","side":"left","sex":"female","otherRegions":["foot","hip"],"aggravatedBy":["running"],"background":["back-pain"],"locations":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[]},
    expected: {"action":"plan","conditionId":"medial-tibial-stress-syndrome"},
    basis: "The physio names MTSS and gives technique (quiet midfoot landing, cadence), soleus strength and glute control work; the 'running assessment' is of technique, not a referral to be examined or imaged.",
  },
  {
    id: "rw-sixphysio-alan-knee-1",
    page: "https://sixphysio.com/guru/knees/alan-asked-the-guru-about-his-kneelower-leg-pain",
    story: "\"I have been training for a half marathon. Running around 15-20 miles a week. Recently getting pain at about 7 mile mark. Intense shooting pain top outside of calf and behind knee. Once I stop running pain continues and I struggle to walk for a few days if not more. Intense pain at top calf, but radiates around knee area in general.\"",
    clinicianAnswer: "I think what's happening is your ITB is tractioning on the outer aspect of your knee and pulling the head of your fibula backwards. Most people feels it as a classic friction syndrome... Shoes, technique and distance are all important. As is foam rolling your ITB... The common cause... is lack of gluteal control (especially glut med)... I think you need to run with control and that's less than 7 miles at the mo.",
    profile: said({"region":"knee","otherRegions":["calf"],"sex":"male","locations":["lateral","posterior"],"signs":["pain-after-distance"],"aggravatedBy":["running","walking"]}),
    truth: {"region":"knee","otherRegions":["calf"],"sex":"male","locations":["lateral","posterior"],"signs":["pain-after-distance"],"aggravatedBy":["running","walking"],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"plan","conditionId":"iliotibial-band-syndrome"},
    basis: "The physio attributes it to the ITB at the outer knee (a friction-syndrome picture) and prescribes glute-med control, single-knee-bend work, ITB rolling and runs under 7 miles, no referral.",
  },
  {
    id: "rw-sixphysio-cheryl-itb-1",
    page: "https://www.sixphysio.com/guru/hip/itb-problems",
    story: "\"I am a beginner runner, training for my first half marathon in 7 weeks time. After 7 miles i get pain on the outside my left knee, then later the right knee hurts on the outside too. The pain goes when i walk. I think Its my iliotibial band as this feels sore... I have a foam roller and have had my gait checked.\"",
    clinicianAnswer: "Yes it is possible to run the 1/2M as long as you know what's causing your ITB problem... Foam rolling is great for pain relief BUT will not change the way you run, which is the most likely cause. Make sure you've got the right shoes on your feet, you've got adequate knee cap movement, you can control a single knee squat (no cheating!)... Have a look at your SKS good side versus affected side. If this is not the same, its a great place to start your rehab.",
    profile: said({"region":"knee","side":"both","sex":"female","locations":["lateral"],"signs":["pain-after-distance"],"aggravatedBy":["running"],"painFreeDuring":["walking"],"background":["novice-runner"]}),
    truth: {"region":"knee","side":"both","sex":"female","locations":["lateral"],"signs":["pain-after-distance"],"aggravatedBy":["running"],"painFreeDuring":["walking"],"background":["novice-runner"],"otherRegions":[],"trainingChange":[],"redFlags":[]},
    expected: {"action":"plan","conditionId":"iliotibial-band-syndrome"},
    basis: "The physio accepts an ITB problem, says she can still run the half, and starts rehab with single-knee-squat control, shoes and running-style control; it asks who did her gait check but sends her nowhere.",
  },
  {
    id: "rw-saga-achilles-1",
    page: "https://www.saga.co.uk/magazine/health-and-wellbeing/sore-achilles-tendon-dr-mark-porter",
    story: "\"What is the best way to get rid of a sore Achilles tendon? Although in my late sixties, I am still a keen fell runner and aware that it gets better with rest. However, every time I resume my training, the symptoms return.\"",
    clinicianAnswer: "Anyone can get Achilles tendonitis but it is a common overuse injury in joggers and runners like you... Given you are a regular runner I would consult a physiotherapist first. They will be able to confirm the diagnosis and refer you on to your GP if in doubt... A good physiotherapist will be able to give you specific advice on how to adjust your training regime and demonstrate the different techniques required for the exercises.",
    profile: said({"region":"ankle","locations":["achilles"],"aggravatedBy":["running"],"background":["previous-episode"]}),
    truth: {"region":"ankle","locations":["achilles"],"aggravatedBy":["running"],"background":["previous-episode"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[]},
    expected: {"action":"refer"},
    basis: "The GP columnist outlines Achilles tendonitis care but first sends the runner to a physiotherapist to confirm the diagnosis and teach the exercises.",
  },
  {
    id: "rw-sixphysio-phil-hamstring-1",
    page: "https://www.sixphysio.com/guru/quads-hamstrings/the-guru-advises-phil-that-having-pulled-his-hamstring-doesnt-mean-training-for-the-marathon-is-off",
    story: "\"This morning as part of my training, I was running for an aimed 5k doing fartlek / interval runs on the treadmill; at 2k and at a fast pace interval the back of my left thigh 'pulled' which made me immediately stop and start limping. Do you think I've pulled a hamstring?\"",
    clinicianAnswer: "Sounds like it... First up, do nothing for the next couple of days... apart from use ice every few hours... After a few days start some really gentle through range stretches... and try some easy double leg bridges... If you've got a lump or a bruise in your hammy then all bets are off as the healing process is longer and less prescriptive.",
    profile: said({"region":"thigh","side":"left","sex":"male","locations":["posterior"],"onset":"sudden"}),
    truth: {"region":"thigh","side":"left","sex":"male","locations":["posterior"],"onset":"sudden","otherRegions":[],"aggravatedBy":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The physio confirms an acute hamstring muscle strain, a condition outside the catalogue (not proximal hamstring tendinopathy).",
  },
  {
    id: "rw-sixphysio-emma-calf-1",
    page: "https://www.sixphysio.com/guru/running/emma-asked-the-guru-about-her-lower-leg-pain",
    story: "\"I am a competitive track/cross country distance runner, and over the last couple of weeks, I've had bad pain in my calf/lower leg. I've had shin splints in the past, and it doesn't feel like that. It came on over the course of a week or so, and I cannot pinpoint a specific painful spot, but I cannot walk without limping! Running on it hurts slightly at first but the pain goes away, at least until after I finish my run when I find I can barely walk again! I took two weeks fully off... and the pain went away, but it came back as soon as I started running again.\"",
    clinicianAnswer: "Calf pain can be due to the calf itself or from tissue (nerve) that runs through the calf itself, especially as this is pretty non de script pain. Let's say it's the calf... I think it may be due to an overuse and over stress type injury... To see if it's a nerve related issue see if you can make the pain worse by sustaining a provocative position and adding in forward bending... What makes it better or worse? Let me know.",
    profile: said({"region":"calf","sex":"female","onset":"gradual","locations":["diffuse"],"aggravatedBy":["walking","running"],"signs":["warms-up-with-activity"]}),
    truth: {"region":"calf","sex":"female","onset":"gradual","locations":["diffuse"],"aggravatedBy":["walking","running"],"signs":["warms-up-with-activity"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"redFlags":[],"background":[]},
    expected: {"action":"refer"},
    basis: "The physio names no catalogue condition (calf overuse or a nerve problem), asks for more information and gives no plan for one of the catalogue's conditions.",
  },
  {
    id: "rw-rwuk-hip-stretch-1",
    page: "https://www.runnersworld.co.uk/health/injury/qa-whats-this-hip-pain-should-i-stretch",
    story: "\"I have only just been bitten by the running bug, and although I feel no pain while running, the next day I get a niggling discomfort on the outside of my left hip. It doesn't hurt when I touch it or when I'm sitting down, but I'm aware of it when walking. Is there a hip stretch or exercise that I should be doing?\"",
    clinicianAnswer: "There are three muscles on the outside of the hip which stop the pelvis dropping... One of these (tensor facia lata)... often becomes tight and inflamed, especially as a result of hill training. The other muscles... gluteus medius and minimus... are often weak in inexperienced runners and can lead to dominance and overstrain in the tensor facia lata... You can strengthen the gluteal muscles very simply by doing the following exercise.",
    profile: said({"region":"hip","side":"left","locations":["lateral"],"aggravatedBy":["walking"],"background":["novice-runner"]}),
    truth: {"region":"hip","side":"left","locations":["lateral"],"aggravatedBy":["walking"],"background":["novice-runner"],"otherRegions":[],"painFreeDuring":[],"trainingChange":[],"signs":[],"redFlags":[]},
    expected: {"action":"refer"},
    basis: "The physiotherapist names tensor fascia lata overstrain from weak glutes (outside the catalogue, as in rw-mensrunning-tfl-1) and gives a glute strengthening exercise.",
  },
  {
    id: "rw-nydn-peter-soleus-1",
    page: "https://www.nydailynews.com/sports/more-sports/running-doc-soleus-muscle-strains-common-aging-athletes-article-1.3181988",
    story: "\"I'm a 70-year-old radiologist and have been running most of my adult life. Last October I was two miles into a 10K race when I pulled over because of a 'calf cramp.' My whole calf then really tightened up... and I limped for 4-5 days. Shortly thereafter my Achilles became the issue. I had dealt with Achilles tendinosis in 2005 and 2010... My right Achilles above the ankle, not at insertion point, has been swollen for quite a while and that is where the tenderness was... the swelling and mild tenderness is actually along the medial edge of the Achilles tendon... Could this be a soleus strain or plantaris tendinosis?\"",
    clinicianAnswer: "I think you hit the nail on the head. Soleus muscle strains (pulls) are very common in aging athletes... As we all age these muscles, especially the fibers from the soleus muscle, become tighter and more brittle. Micro and macro tears are seen regularly in my office to those that only stretch their calf's but do not stretch the soleus muscle.",
    profile: said({"region":"ankle","otherRegions":["calf"],"side":"right","sex":"male","age":70,"onset":"sudden","locations":["achilles-midportion","medial"],"signs":["tender-to-touch"],"redFlags":["swelling"],"aggravatedBy":["running","walking"],"background":["previous-episode"]}),
    truth: {"region":"ankle","otherRegions":["calf"],"side":"right","sex":"male","age":70,"onset":"sudden","locations":["achilles-midportion","medial"],"signs":["tender-to-touch"],"redFlags":["swelling"],"aggravatedBy":["running","walking"],"background":["previous-episode"],"painFreeDuring":[],"trainingChange":[]},
    expected: {"action":"refer"},
    basis: "The sports physician agrees it is a soleus muscle strain (outside the catalogue), not a recurrence of the Achilles tendinosis.",
  },
];

/**
 * Every public page, the first batches and those kept in files of their own (batch 4a: knee, hip, thigh, buttock;
 * batch 4b: shin, calf, ankle, heel, foot; batch 5: every region; batch 6: knee and hip; batch 7: heel, foot,
 * Achilles, shin, knee, hip; batch 8: knees; batch 11: knees, calf, heel, foot, Achilles, shin, encoded blind;
 * batch 12: knees, hips, foot, heel, calves, encoded blind; batch 13: knee, calf, shins, feet, Achilles, ankle, encoded
 * blind; batch 14a: eight knees; batch 14b: calf, shins, heels, Achilles, ankle; both encoded blind).
 */
// Batch 15 as encoded blind, but only its pages whose answerer the stored page shows to be a clinician (the Belfast
// clinic's physiotherapists and two triathlon magazines' physiotherapists): the other five answerers' professions are
// not stated (flagged in their `basis`), and this suite holds clinicians' answers.
const batch15Clinicians = pageVignettesBatch15.filter((entry) => ['rw-nirunning-stressfracture-shin-1', 'rw-220triathlon-andy-knee-1', 'rw-triathlonplus-danielle-knee-1'].includes(entry.id));
// Batch 16 (young runners, encoded blind) by the same rule, decided before the matcher ran on it: the pages whose
// stored text shows a clinician, or a clinical practice, answering (a physician's column, a pediatrician, a physical
// therapy clinic's and an orthopaedic practice's question-and-answer pages); left out are a physiotherapy education
// library's FAQ, a teen health site's unsigned answer and a running column, whose answerers' professions are not shown.
const batch16Clinicians = pageVignettesBatch16.filter((entry) =>
  ['rw-spencercountypt-son-heel-1', 'rw-sunsentinel-trackson-shin-1', 'rw-deseretnews-grandson-foot-1', 'rw-charlotteobserver-daughter-shin-1', 'rw-midwestbonejoint-trackmeet-ankle-1'].includes(entry.id),
);
// Batches 17a (heels, Achilles, feet, ankles) and 17b (hips, thighs, knees), encoded blind (2026-12-07), by the same
// rule, decided before the matcher ran on them: the pages whose stored text shows a clinician answering — a podiatric
// surgeon on a forum, a physician's column, a foot and ankle surgeon, a sports medicine physician, chartered
// physiotherapists, a sports physician of the AMSSM, a physician of the American Running Association, a clinic's
// physiotherapists, a hospital's physical therapist, and an answerer who treats "in my office and by other sports
// chiropractors". Left out: answerers whose profession the stored page does not show (a running site's owner, a
// "Dr." of a foot-pain site, the Sock Doc, a running site's unnamed expert panel (two runners), an unnamed expert of
// a mirrored question site) and a running injury specialist who is not a clinician.
const batch17aClinicians = pageVignettesBatch17a.filter((entry) =>
  ['rw-slowtwitch-bruised-lateral-foot-1', 'rw-dgw-donohue-jogger-heel-1', 'rw-baltimoresun-74yo-heel-1', 'rw-nydailynews-larry-ankle-1', 'rw-horder-sprain-return-ankle-1'].includes(entry.id),
);
const batch17bClinicians = pageVignettesBatch17b.filter(
  (entry) => !['rw-mycheapnfljerseys-shannon-thigh-1', 'rw-runnersradar-sidehip-hip-1'].includes(entry.id),
);
// Batch 18 (every region, columns and clinic pages, encoded blind, 2026-12-07) by the same rule, decided before the
// matcher ran on it: a podiatry practice's blog, a sports medicine physician of a university medical centre, and a
// physical therapist whose answer a columnist reports. Left out: columns whose stored part names a "Dr." or "the Running
// Doc" without a profession (four), and a running shop clinic's unnamed-profession answerer.
const batch18Clinicians = pageVignettesBatch18.filter((entry) => ['rw-myrunningdoc-sanfrancisco-foot-1', 'rw-rush-halfmarathon-knee-1', 'rw-oakpark-owies-thigh-1'].includes(entry.id));
// Batch 19 (calves, shins, Achilles, knees; encoded blind, 2026-12-07) by the same rule, decided before the matcher ran
// on it: all but the two pages whose stored text names only a "Dr." (a clinic doctor, a syndicated column).
const batch19Clinicians = pageVignettesBatch19.filter((entry) => !['rw-orthochiro-avidrunner-knee-1', 'rw-chicagotribune-jogger-ankle-1'].includes(entry.id));
// Batch 20 (forums and question-and-answer sites, encoded blind, 2026-12-07) by the same rule, decided before the
// matcher ran on it: all four pages show the answerer's profession (a physical therapist, a podiatrist, a chiropractor,
// a sports physician).
const batch20Clinicians = pageVignettesBatch20;
// Batches 21a (hips, groins, thighs) and 21b (knees, shins, ankles, a foot), encoded blind (2026-12-07), by the same
// rule, decided before the matcher ran on them: the pages whose stored text shows a clinician answering — sports
// medicine physicians of the AMSSM (one not named in the part stored), a physiotherapist (two), a sports medicine
// physician's column, a practice's chiropractor, an orthopaedic practice's doctor, a university's head athletic
// trainer (ATC, a licensed health care profession), an orthopaedic practice's sports medicine physician and a GP.
// Left out: a patient-information FAQ whose answerer is not named nor their profession stated, a university question
// service's unsigned answer, a question site's unnamed expert and a column by two "Dr."s whose profession is not shown.
const batch21aClinicians = pageVignettesBatch21a.filter((entry) => entry.id !== 'rw-eorthopod-triathlete-groin-1');
const batch21bClinicians = pageVignettesBatch21b.filter(
  (entry) => !['rw-goaskalice-achillesheel-ankle-1', 'rw-allexperts-brandy-shin-1', 'rw-drdaveanddee-painfullegs-shin-1'].includes(entry.id),
);
// Batch 22a (knees, encoded blind, 2026-12-07) by the same rule, decided before the matcher ran on it: the pages whose
// stored text shows a clinician answering — an orthopaedic and sports injury surgeon, the Running Doc where the page
// calls him a sports physician, a certified chiropractic sports physician, an orthopaedic surgeon and a chartered
// physiotherapist. Left out: the Running Doc's column whose stored part does not state his profession (as batch 18 left
// such columns out), and two answers whose answerer's profession the page does not state.
const batch22aClinicians = pageVignettesBatch22a.filter((entry) =>
  ['rw-ourchemist-guardian-knee-1', 'rw-nydn-jackj-orthotics-knee-1', 'rw-obsruntheoden-karen-knee-1', 'rw-active-cannada-knee-1', 'rw-running4women-jane-knee-1'].includes(entry.id),
);
// Batch 23 (heels, feet, a hip, a thigh, a calf; encoded blind, 2026-12-07) by the same rule, decided before the matcher
// ran on it: the pages whose stored text shows a physiotherapist answering — two of the Six Physio "Guru"'s, a
// magazine's "Ask the physio", and a newspaper's "Physio Corner" by a physiotherapy clinic's director. Left out: three
// syndicated columns by a "Dr." and the Running Doc's column, whose profession the stored part does not state. (The
// "Physio Corner" page was left out at first, as its answerer's own profession is not stated; an independent review
// found that tighter than batches 15 and 16, which took a physiotherapy clinic's answer, and it was wired before the
// matcher had run on it.)
const batch23Clinicians = pageVignettesBatch23.filter((entry) =>
  ['rw-sixphysio-helena-hip-1', 'rw-runnersworld-hobrough-jon-heel-1', 'rw-sixphysio-john-foot-1', 'rw-pressreader-allworth-calf-1'].includes(entry.id),
);
// Batch 24 (forums and question sites, every region; encoded blind, 2026-12-07) by the same rule, decided before the
// matcher ran on it: one page, a physiotherapy clinic's answer naming its Director of Physiotherapy (as batch 15 took the
// same clinic's). Left out: seven whose stored part does not state the answerer's profession, and the same clinic's
// page that names no one. (None was wired at first, by the tighter reading corrected for batch 23, before the matcher
// had run on it.)
const batch24Clinicians = pageVignettesBatch24.filter((entry) => entry.id === 'rw-nirunning-shin-splints-return-shin-1');
export const pageVignettes: PageVignette[] = [...firstBatches, ...pageVignettesBatch4a, ...pageVignettesBatch4b, ...pageVignettesBatch5, ...pageVignettesBatch6, ...pageVignettesBatch7, ...pageVignettesBatch8, ...pageVignettesBatch9, ...pageVignettesBatch10, ...pageVignettesBatch11, ...pageVignettesBatch12, ...pageVignettesBatch13, ...pageVignettesBatch14a, ...pageVignettesBatch14b, ...batch15Clinicians, ...batch16Clinicians, ...batch17aClinicians, ...batch17bClinicians, ...batch18Clinicians, ...batch19Clinicians, ...batch20Clinicians, ...batch21aClinicians, ...batch21bClinicians, ...batch22aClinicians, ...batch23Clinicians, ...batch24Clinicians];
