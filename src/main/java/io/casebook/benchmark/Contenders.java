package io.casebook.benchmark;

import io.casebook.classify.ClassifierTrainer;
import io.casebook.classify.LabelledData;
import io.casebook.classify.LabelledText;
import io.casebook.classify.TextClassifier;
import io.casebook.classify.TrainingSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.Classifier;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.classification.SimpleNaiveBayesClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/** The contenders of the accuracy benchmark that run in the JVM. */
public final class Contenders {

    private Contenders() {
    }

    /** casebook's classifier as shipped: its features and training settings. */
    public static Contender casebook(String kind) {
        return new Contender() {
            @Override
            public String name() {
                return "casebook (shipped settings)";
            }

            @Override
            public Model train(List<LabelledText> train) {
                TextClassifier c = ClassifierTrainer.train(kind, new LabelledData(java.nio.file.Path.of("(fold)"), "", train, 0),
                        TrainingSettings.DEFAULT.withThreads(1).withFolds(0));
                return text -> c.rank(text).best();
            }
        };
    }

    /** OpenNLP's document categorizer as a newcomer uses it: whitespace tokens, bag of words, default parameters. */
    public static Contender openNlpDefault(boolean naiveBayes) {
        return new Contender() {
            @Override
            public String name() {
                return naiveBayes ? "OpenNLP doccat, naive Bayes, defaults" : "OpenNLP doccat, maxent, defaults (cutoff 5)";
            }

            @Override
            public Model train(List<LabelledText> train) throws IOException {
                List<DocumentSample> samples = new ArrayList<>(train.size());
                for (LabelledText t : train) {
                    samples.add(new DocumentSample(t.label(), WhitespaceTokenizer.INSTANCE.tokenize(t.text())));
                }
                TrainingParameters params = TrainingParameters.defaultParams();
                if (naiveBayes) {
                    params.put(TrainingParameters.ALGORITHM_PARAM, NaiveBayesTrainer.NAIVE_BAYES_VALUE);
                }
                DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params,
                        new DoccatFactory());
                DocumentCategorizerME me = new DocumentCategorizerME(model);
                return text -> {
                    synchronized (me) {
                        return me.getBestCategory(me.categorize(WhitespaceTokenizer.INSTANCE.tokenize(text)));
                    }
                };
            }
        };
    }

    /**
     * Lucene's classification module over an in-memory index of the training texts (English
     * analyzer, BM25): k-nearest neighbours (k = 10, with minTermFreq and minDocFreq of 1, as
     * short messages need) or simple naive Bayes.
     */
    public static Contender lucene(boolean knn) {
        return new Contender() {
            @Override
            public String name() {
                return knn ? "Lucene k-NN (k=10, min freqs 1)" : "Lucene simple naive Bayes";
            }

            @Override
            public Model train(List<LabelledText> train) throws IOException {
                Analyzer analyzer = new EnglishAnalyzer();
                ByteBuffersDirectory dir = new ByteBuffersDirectory();
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                    for (LabelledText t : train) {
                        Document d = new Document();
                        d.add(new TextField("text", t.text(), Field.Store.NO));
                        d.add(new StringField("label", t.label(), Field.Store.YES));
                        w.addDocument(d);
                    }
                }
                DirectoryReader reader = DirectoryReader.open(dir);
                Classifier<BytesRef> c = knn
                        ? new KNearestNeighborClassifier(reader, new BM25Similarity(), analyzer, null, 10, 1, 1, "label",
                                "text")
                        : new SimpleNaiveBayesClassifier(reader, analyzer, null, "label", "text");
                String fallback = majority(train);
                return new Model() {
                    @Override
                    public String predict(String text) throws IOException {
                        ClassificationResult<BytesRef> r = c.assignClass(text);
                        return r == null || r.getAssignedClass() == null ? fallback : r.getAssignedClass().utf8ToString();
                    }

                    @Override
                    public void close() throws IOException {
                        reader.close();
                        dir.close();
                    }
                };
            }
        };
    }

    /** The floor: always the most frequent label of the training set. */
    public static Contender majority() {
        return new Contender() {
            @Override
            public String name() {
                return "majority class";
            }

            @Override
            public Model train(List<LabelledText> train) {
                String m = majority(train);
                return text -> m;
            }
        };
    }

    static String majority(List<LabelledText> train) {
        Map<String, Integer> counts = new HashMap<>();
        train.forEach(t -> counts.merge(t.label(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }
}
