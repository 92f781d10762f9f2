package app.corridor.dataset;

import java.util.Random;

/**
 * Words, names and places for {@link DatasetGenerator}: enough variety that generated sentences do
 * not repeat, in the register of the real sources (diplomatic prose), with Chinese and Urdu native
 * names so that non-Latin text is exercised as in the curated data.
 */
final class SyntheticText {

    private SyntheticText() {
    }

    static final String[] WORDS = (
            "the of and to in a for on with by that is as at from this be are will has have which its their our "
            + "between two countries cooperation development friendship partnership strategic economic corridor "
            + "people both sides relations mutual trust support interests common future community shared all-weather "
            + "high-level exchanges visit talks meeting agreement project projects infrastructure energy port railway "
            + "road highway power plant zone zones industrial special agriculture science technology education health "
            + "culture youth media think tanks parties party political governance modernization reform opening "
            + "stability security peace prosperity region regional global initiative belt connectivity trade investment "
            + "finance financial banking currency market markets growth jobs livelihood poverty alleviation green "
            + "climate water resources mining minerals ocean maritime space satellite digital innovation research "
            + "training exchange programme programmes scholarship students teachers hospitals vaccines medical teams "
            + "disaster relief floods earthquake reconstruction assistance grant loans commitments phase first second "
            + "third new next further deepen strengthen advance promote expand consolidate implement build jointly "
            + "firmly unswervingly always continue remain stand ready willing committed determined important major "
            + "significant historic milestone anniversary years decade decades century era moment critical key core "
            + "issues concerns questions positions consensus views ideas experience practice path approach framework "
            + "mechanism platform dialogue consultation communication coordination channel channels ministry ministers "
            + "leaders leadership government governments state nation national provincial local officials delegation "
            + "delegations ambassador embassy consulate envoy president premier prime minister chairman secretary "
            + "general committee central congress assembly senate parliament parliamentary session plenary conference "
            + "forum summit declaration statement communique memorandum understanding protocol signed signing launched "
            + "inaugurated completed opened began operations construction groundbreaking ceremony held attended "
            + "addressed delivered speech remarks article interview message letter congratulations condolences "
            + "welcomed received met discussed agreed reaffirmed emphasized noted expressed appreciation gratitude "
            + "hope confidence determination ironclad brothers brotherly neighbours neighbourly good close closer "
            + "comprehensive practical win-win open inclusive sustainable quality high-quality livelihood-related "
            + "Gwadar Karachi Lahore Islamabad Beijing Shanghai Kashgar Urumqi Peshawar Quetta Multan Khunjerab "
            + "Karakoram Indus Sindh Punjab Balochistan Khyber Xinjiang Guangzhou Shenzhen Chengdu Xi'an Kunming "
            + "September October November December January February March April May June July August "
            + "percent billion million thousand hundred kilometres megawatts tonnes containers flights routes "
            + "under over through across within during after before since until against toward towards among "
            + "more most less least very also only even still yet again once together each every other another "
            + "said says noted stressed pointed out called urged hoped believed stated added concluded highlighted"
    ).split(" ");

    static final String[][] CHINESE_NAMES = {
        {"Zhang", "\u5f20"}, {"Wang", "\u738b"}, {"Li", "\u674e"}, {"Zhao", "\u8d75"}, {"Liu", "\u5218"},
        {"Chen", "\u9648"}, {"Yang", "\u6768"}, {"Huang", "\u9ec4"}, {"Zhou", "\u5468"}, {"Wu", "\u5434"},
        {"Xu", "\u5f90"}, {"Sun", "\u5b59"}, {"Ma", "\u9a6c"}, {"Zhu", "\u6731"}, {"Hu", "\u80e1"},
        {"Guo", "\u90ed"}, {"He", "\u4f55"}, {"Gao", "\u9ad8"}, {"Lin", "\u6797"}, {"Song", "\u5b8b"},
        {"Jiang", "\u59dc"}, {"Deng", "\u9093"}, {"Cao", "\u66f9"}, {"Peng", "\u5f6d"}, {"Xie", "\u8c22"},
    };

    static final String[][] CHINESE_GIVEN = {
        {"Wei", "\u4f1f"}, {"Fang", "\u82b3"}, {"Min", "\u654f"}, {"Jing", "\u9759"}, {"Qiang", "\u5f3a"},
        {"Lei", "\u78ca"}, {"Jun", "\u519b"}, {"Yong", "\u52c7"}, {"Yan", "\u8273"}, {"Jie", "\u6770"},
        {"Tao", "\u6d9b"}, {"Ming", "\u660e"}, {"Chao", "\u8d85"}, {"Hua", "\u534e"}, {"Ping", "\u5e73"},
        {"Gang", "\u521a"}, {"Hui", "\u8f89"}, {"Bin", "\u658c"}, {"Kai", "\u51ef"}, {"Ning", "\u5b81"},
        {"Dong", "\u4e1c"}, {"Hong", "\u7ea2"}, {"Shiren", "\u4e16\u4eba"}, {"Zaidong", "\u5728\u4e1c"},
        {"Jinping", "\u8fd1\u5e73"}, {"Qiang", "\u5f3a"}, {"Yi", "\u6bc5"}, {"Xiaoming", "\u6653\u660e"},
    };

    static final String[][] PAKISTANI_GIVEN = {
        {"Ahmed", "\u0627\u062d\u0645\u062f"}, {"Ali", "\u0639\u0644\u06cc"}, {"Asif", "\u0622\u0635\u0641"},
        {"Bilal", "\u0628\u0644\u0627\u0644"}, {"Fatima", "\u0641\u0627\u0637\u0645\u06c1"},
        {"Hassan", "\u062d\u0633\u0646"}, {"Imran", "\u0639\u0645\u0631\u0627\u0646"},
        {"Khalil", "\u062e\u0644\u06cc\u0644"}, {"Maryam", "\u0645\u0631\u06cc\u0645"},
        {"Nawaz", "\u0646\u0648\u0627\u0632"}, {"Omar", "\u0639\u0645\u0631"}, {"Saima", "\u0635\u0627\u0626\u0645\u06c1"},
        {"Shehbaz", "\u0634\u06c1\u0628\u0627\u0632"}, {"Tariq", "\u0637\u0627\u0631\u0642"},
        {"Usman", "\u0639\u062b\u0645\u0627\u0646"}, {"Zahid", "\u0632\u0627\u06c1\u062f"},
        {"Ayesha", "\u0639\u0627\u0626\u0634\u06c1"}, {"Farhan", "\u0641\u0631\u062d\u0627\u0646"},
    };

    static final String[][] PAKISTANI_FAMILY = {
        {"Khan", "\u062e\u0627\u0646"}, {"Sharif", "\u0634\u0631\u06cc\u0641"}, {"Zardari", "\u0632\u0631\u062f\u0627\u0631\u06cc"},
        {"Hashmi", "\u06c1\u0627\u0634\u0645\u06cc"}, {"Qureshi", "\u0642\u0631\u06cc\u0634\u06cc"},
        {"Malik", "\u0645\u0644\u06a9"}, {"Butt", "\u0628\u0679"}, {"Chaudhry", "\u0686\u0648\u062f\u06be\u0631\u06cc"},
        {"Abbasi", "\u0639\u0628\u0627\u0633\u06cc"}, {"Rehman", "\u0631\u062d\u0645\u0627\u0646"},
        {"Siddiqui", "\u0635\u062f\u06cc\u0642\u06cc"}, {"Baloch", "\u0628\u0644\u0648\u0686"},
    };

    static final String[] OTHER_NAMES = {
        "Anna", "Bruno", "Carla", "David", "Elena", "Faisal", "Grace", "Hiro", "Ines", "Jonas", "Karim", "Lena",
        "Marco", "Nadia", "Oleg", "Priya", "Rafael", "Sara", "Tomas", "Yuki", "Amara", "Bashir", "Chidi", "Dina",
    };

    static final String[] OTHER_FAMILY = {
        "Smith", "Garcia", "Mueller", "Rossi", "Ivanova", "Tanaka", "Haddad", "Okafor", "Silva", "Novak",
        "Karimov", "Lindqvist", "Moreau", "Santos", "Demir", "Nguyen",
    };

    static final String[] ORGANISATIONS = {
        "Ministry of Foreign Affairs", "Ministry of Planning", "Ministry of Commerce", "Central Committee",
        "International Department", "National Assembly", "Senate", "Planning Commission", "Board of Investment",
        "Port Authority", "Railway Administration", "Power Company", "Chamber of Commerce", "University",
        "Academy of Sciences", "Friendship Association", "Youth League", "Development Bank", "Municipal Committee",
        "Provincial Government", "Standing Committee", "Party Secretariat", "Think Tank Alliance", "Media Forum",
    };

    static final String[] CITIES = {
        "Beijing, China", "Islamabad, Pakistan", "Shanghai, China", "Karachi, Pakistan", "Lahore, Pakistan",
        "Gwadar, Pakistan", "Kashgar, China", "Urumqi, China", "Peshawar, Pakistan", "Quetta, Pakistan",
        "Guangzhou, China", "Chengdu, China", "Xi'an, China", "Kunming, China", "Multan, Pakistan",
        "Shenzhen, China", "Tianjin, China", "Hangzhou, China", "Faisalabad, Pakistan", "Rawalpindi, Pakistan",
        "New York, United States", "Bishkek, Kyrgyzstan", "Astana, Kazakhstan", "Samarkand, Uzbekistan",
        "Johannesburg, South Africa", "Bali, Indonesia", "Video link",
    };

    static final String[] PROJECTS = {
        "Gwadar Port", "Karakoram Highway", "Orange Line Metro", "Sahiwal Coal Power Plant", "Karot Hydropower Project",
        "Thar Coal Block II", "ML-1 Railway", "Gwadar International Airport", "Rashakai Special Economic Zone",
        "Suki Kinari Hydropower Project", "Port Qasim Power Plant", "Lahore-Karachi Motorway", "Dhabeji Zone",
        "Matiari-Lahore Transmission Line", "Kohala Hydropower Project", "Gwadar East Bay Expressway",
    };

    static final String[] TOPICS = {
        "the China-Pakistan Economic Corridor", "party-to-party exchanges", "regional connectivity", "trade and "
        + "investment", "the Global Development Initiative", "people-to-people exchanges", "climate cooperation",
        "counter-terrorism cooperation", "agricultural cooperation", "the digital economy", "maritime cooperation",
        "higher education", "public health", "poverty alleviation", "industrial cooperation", "space cooperation",
    };

    static <T> T pick(Random r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A sentence of {@code words} words from the vocabulary, capitalised, ending in a full stop. */
    static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            String w = pick(r, WORDS);
            if (i > 0) {
                sb.append(' ');
                if (r.nextInt(25) == 0) {
                    // Numbers with a no-break space before their unit, as the real sources write them.
                    sb.append(1 + r.nextInt(90)).append(r.nextBoolean() ? "\u00a0percent" : " billion");
                    sb.append(' ');
                }
            }
            sb.append(i == 0 ? capitalised(w) : w);
            if (i > 2 && i < words - 2 && r.nextInt(12) == 0) {
                sb.append(',');
            }
        }
        return sb.append('.').toString();
    }
}
